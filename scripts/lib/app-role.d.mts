// Types for app-role.mjs, imported by the database-role integration test.
export const APP_ROLE: string;
export const PUBLISHER_ROLE: string;
export const TABLE_GRANTS: Record<string, unknown>;
export function ensureAppRole(
  ownerUrl: string,
  options?: {
    role?: string;
    password?: string;
    publisher?: { role: string; password?: string } | false;
  },
): Promise<void>;
export function appUrlFrom(ownerUrl: string, password: string, role?: string): string;
