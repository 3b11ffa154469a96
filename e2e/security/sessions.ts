import { existsSync, mkdirSync, statSync } from "node:fs";
import type { Browser, BrowserContext } from "@playwright/test";
import { signIn } from "../fixtures";
import type { E2EUser } from "../users";

const DIR = "test-results/.auth";

/**
 * A signed-in browser context per e2e user, signing in through the real form once and reusing
 * the session cookie afterwards, so the security specs do not spend the sign-in rate limit.
 */
export async function contextFor(browser: Browser, who: E2EUser): Promise<BrowserContext> {
  const file = `${DIR}/${who}.json`;
  if (existsSync(file) && Date.now() - statSync(file).mtimeMs < 10 * 60_000) {
    const context = await browser.newContext({ storageState: file });
    const session = await context.request.get("/api/auth/get-session");
    if (session.ok() && (await session.json()) !== null) return context;
    await context.close();
  }
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, who);
  mkdirSync(DIR, { recursive: true });
  await context.storageState({ path: file });
  await page.close();
  return context;
}
