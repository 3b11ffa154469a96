// Types for actions.mjs, imported by the graceful-shutdown e2e spec.
export function actionId(exportedName: string): string;
export function callAction(
  url: string,
  options: { cookie: string; exportedName: string; arg: unknown; draftId: string; step?: string },
): Promise<{ status: number; result: unknown; text: string }>;
export function signIn(url: string, email: string, password: string): Promise<string>;
