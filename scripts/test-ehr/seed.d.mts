export const PRACTITIONER: { resourceType: "Practitioner"; id: string; [key: string]: unknown };
export const PATIENTS: { id: string; label: string; [key: string]: unknown }[];
export function seed(repo: unknown): Promise<void>;
