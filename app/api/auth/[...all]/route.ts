import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";

// better-auth's own endpoints (session reads, sign-out). Sign-in goes through signInAction,
// which adds the audit trail; sign-up is disabled in lib/auth/auth.ts.
export async function GET(request: Request) {
  return toNextJsHandler(auth()).GET(request);
}
export async function POST(request: Request) {
  return toNextJsHandler(auth()).POST(request);
}
