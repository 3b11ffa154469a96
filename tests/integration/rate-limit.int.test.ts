// The one windowed counter behind the action limit and the sign-in throttle (lib/actions/
// rate-limit.ts): a window starts at the first hit and is not stretched by later ones; the
// optional lock replaces it from the hit that reaches the limit.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { countHit } = await import("@/lib/actions/rate-limit");

const expiry = async (key: string) =>
  (await db.actionRateLimit.findUniqueOrThrow({ where: { key } })).expire!.getTime();
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("countHit", () => {
  it("counts within the window without moving its end, and starts again after it", async () => {
    const key = `test:${randomUUID()}`;
    expect(await countHit(key, 1)).toBe(1);
    const end = await expiry(key);
    expect(await countHit(key, 1)).toBe(2);
    expect(await countHit(key, 1)).toBe(3);
    expect(await expiry(key)).toBe(end);
    await pause(1100);
    expect(await countHit(key, 1)).toBe(1);
    expect(await expiry(key)).toBeGreaterThan(end);
  });

  it("with a lock, the hit reaching the limit holds the count for the lock's length", async () => {
    const key = `test:${randomUUID()}`;
    const lock = { at: 3, seconds: 60 };
    await countHit(key, 1, lock);
    const windowEnd = await expiry(key);
    expect(await countHit(key, 1, lock)).toBe(2);
    expect(await expiry(key)).toBe(windowEnd);
    expect(await countHit(key, 1, lock)).toBe(3);
    expect(await expiry(key)).toBeGreaterThan(windowEnd + 50_000);
    await pause(1100);
    expect(await countHit(key, 1, lock)).toBe(4);
  });
});
