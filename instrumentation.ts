// Runs once when the server starts: invalid configuration stops the server with a clear
// message instead of failing on the first request; then the request guard goes in front of
// Next (client address, malformed URLs, chunked action bodies: lib/http/request-guard.ts);
// then the CDS hook is warmed up (lib/cds-server/warm-up.ts: at most 3 s, never fails the
// start), so the process listens, and reports ready, only once an EHR's first hook is fast;
// last, the CDS fast path scripts/serve.mjs's workers use (lib/cds-server/fast-path.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  const config = env();
  const { installRequestGuard } = await import("@/lib/http/request-guard");
  const { ACTION_BODY_LIMIT } = await import("@/lib/http/security-headers");
  installRequestGuard(config.TRUSTED_PROXIES, ACTION_BODY_LIMIT);
  const { warmUpCds } = await import("@/lib/cds-server/warm-up");
  await warmUpCds();
  const { installCdsFastPath } = await import("@/lib/cds-server/fast-path");
  installCdsFastPath();
}
