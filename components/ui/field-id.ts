/** DOM id for a form path ("usePattern.dosesPerDay" → "usePattern-dosesPerDay"). */
export const fieldId = (name: string) => name.replace(/\./g, "-");
export const errorId = (name: string) => `${fieldId(name)}-error`;
export const hintId = (name: string) => `${fieldId(name)}-hint`;

/** The message of the error at a dotted path in RHF's error tree (or its array root). */
export function errorAt(errors: unknown, name: string): string | undefined {
  let node = errors as Record<string, unknown> | undefined;
  for (const key of name.split(".")) node = node?.[key] as Record<string, unknown> | undefined;
  const message = node?.message ?? (node?.root as { message?: unknown } | undefined)?.message;
  return typeof message === "string" ? message : undefined;
}
