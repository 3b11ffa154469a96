import { z } from "zod";

export const signInSchema = z.object({
  email: z.email({ error: "Enter a valid email address." }).max(254).toLowerCase(),
  password: z
    .string()
    .min(1, { error: "Enter your password." })
    .max(128, { error: "Enter your password." }),
  next: z.string().max(300).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;
