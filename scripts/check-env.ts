// Validates configuration once before the app starts, with one clear message per problem.
import { env } from "@/lib/env";

try {
  env();
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
