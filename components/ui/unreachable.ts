/**
 * A thrown action (network down, server restarting) becomes a message, not a crash. Its own
 * module, so a form without a form library (sign-in) takes it without react-hook-form and zod.
 */
export const unreachable = {
  ok: false as const,
  formError: "The server could not be reached. Nothing was changed: try again.",
};
