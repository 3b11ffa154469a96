/**
 * The one shape every server action returns. Expected failures are values the form maps
 * onto its fields and its aria-live region; nothing the user typed is thrown away.
 */
export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; formError?: string; fieldErrors?: FieldErrors };

export const failure = (formError: string, fieldErrors?: FieldErrors): ActionResult<never> => ({
  ok: false,
  formError,
  fieldErrors,
});
