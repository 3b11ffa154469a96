// proxy.ts: a fresh nonce per request in a strict CSP, and the other security headers.
// The browser side (no CSP violation on real pages) is e2e/security/headers.spec.ts.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ACTION_BODY_LIMIT, buildCsp, config, proxy } from "@/proxy";

const request = (url = "http://127.0.0.1:3100/assessments", headers: HeadersInit = {}) =>
  new NextRequest(url, { headers });

function directives(csp: string): Map<string, string> {
  return new Map(
    csp.split(";").map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values.join(" ")];
    }),
  );
}

describe("proxy security headers", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("sends a strict nonce-based CSP, new for every request, and passes the nonce to rendering", async () => {
    const first = await proxy(request());
    const second = await proxy(request());
    const csp = first.headers.get("Content-Security-Policy") ?? "";
    const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/); // 16 random bytes
    expect(second.headers.get("Content-Security-Policy")).not.toContain(nonce);
    // Next reads the nonce from the *request* CSP header while rendering.
    expect(first.headers.get("x-middleware-request-content-security-policy")).toBe(csp);
    expect(first.headers.get("x-middleware-request-x-nonce")).toBe(nonce);

    const d = directives(csp);
    expect(d.get("script-src")).toBe(`'self' 'nonce-${nonce}' 'strict-dynamic' 'unsafe-eval'`); // test = not production
    expect(d.get("script-src")).not.toContain("unsafe-inline");
    expect(d.get("style-src")).toBe("'self' 'unsafe-inline'");
    expect(d.get("img-src")).toBe("'self' data:");
    expect(d.get("connect-src")).toBe("'self'");
    expect(d.get("frame-ancestors")).toBe("'none'");
    expect(d.get("base-uri")).toBe("'self'");
    expect(d.get("form-action")).toBe("'self'");
    expect(d.get("object-src")).toBe("'none'");
    expect(d.get("default-src")).toBe("'self'");
  });

  it("production drops eval, adds HSTS, and upgrades insecure requests behind https", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const plain = await proxy(request());
    expect(plain.headers.get("Content-Security-Policy")).not.toContain("unsafe-eval");
    expect(plain.headers.get("Content-Security-Policy")).not.toContain("upgrade-insecure-requests");
    expect(plain.headers.get("Strict-Transport-Security")).toBe(
      "max-age=63072000; includeSubDomains",
    );
    const tls = await proxy(request(undefined, { "x-forwarded-proto": "https" }));
    expect(tls.headers.get("Content-Security-Policy")).toContain("upgrade-insecure-requests");
  });

  it("sets nosniff, referrer, framing, opener and permissions policies", async () => {
    const h = (await proxy(request())).headers;
    expect(h.get("X-Content-Type-Options")).toBe("nosniff");
    expect(h.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
    expect(h.get("X-Frame-Options")).toBe("DENY");
    expect(h.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
    expect(h.get("Permissions-Policy")).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
    expect(h.get("Strict-Transport-Security")).toBeNull(); // not production
  });

  it("runs on pages, actions and API routes, not on build assets", async () => {
    const pattern = new RegExp(`^${config.matcher[0]}$`);
    for (const path of ["/", "/sign-in", "/assessments/x", "/api/fhir/questionnaire", "/evidence"])
      expect(pattern.test(path), path).toBe(true);
    for (const path of ["/_next/static/chunks/a.js", "/_next/image", "/favicon.ico"])
      expect(pattern.test(path), path).toBe(false);
    expect(buildCsp("n", { dev: false, https: false })).not.toMatch(/unsafe-eval|upgrade/);
  });

  it("answers an over-limit server action body with 413 before any action runs", async () => {
    const post = (body: string, headers: Record<string, string>) =>
      proxy(
        new NextRequest("http://127.0.0.1:3100/checklist/x/patient", {
          method: "POST",
          headers: { "next-action": "abc", ...headers },
          body,
        }),
      );
    const big = "x".repeat(ACTION_BODY_LIMIT + 1);
    const refused = await post(big, { "content-length": String(big.length) });
    expect(refused.status).toBe(413);
    expect(refused.headers.get("Content-Security-Policy")).toContain("frame-ancestors");
    // No Content-Length (a chunked body): refused unread, whatever its size.
    const chunked = await post(big, {});
    expect(chunked.status).toBe(411);
    expect(chunked.headers.get("X-Frame-Options")).toBe("DENY");
    expect((await post("[]", {})).status).toBe(411);
    expect((await post("[]", { "content-length": "2x" })).status).toBe(411);
    expect((await post("[]", { "content-length": "2" })).headers.get("x-middleware-next")).toBe(
      "1",
    );
    // React reference strings in a JSON action body: refused as a bad request, with headers.
    for (const body of ['["$h1"]', '[{"draftId":"$T"}]', '["$Q1"]', "{"]) {
      const refusedRef = await post(body, {
        "content-length": String(body.length),
        "content-type": "text/plain;charset=UTF-8",
      });
      expect(refusedRef.status, body).toBe(400);
      expect(refusedRef.headers.get("X-Frame-Options")).toBe("DENY");
    }
    const plain = '[{"email":"a@b.c","password":"$$x","next":"$undefined"}]';
    expect(
      (
        await post(plain, {
          "content-length": String(plain.length),
          "content-type": "text/plain;charset=UTF-8",
        })
      ).headers.get("x-middleware-next"),
    ).toBe("1");
  });
  it("answers an action body that is valid JSON but not an argument list with 400, whatever its type", async () => {
    const post = (body: BodyInit, headers: Record<string, string>) =>
      proxy(
        new NextRequest("http://127.0.0.1:3100/sign-in", {
          method: "POST",
          headers: { "next-action": "abc", ...headers },
          body,
        }),
      );
    for (const body of ["null", "0", '"x"', "{}", "true"])
      for (const type of ["text/plain;charset=UTF-8", "application/json", ""]) {
        const refused = await post(body, {
          "content-length": String(body.length),
          ...(type ? { "content-type": type } : {}),
        });
        expect(refused.status, `${body} as ${type}`).toBe(400);
        expect(await refused.text()).toContain("could not be read");
        expect(refused.headers.get("X-Frame-Options")).toBe("DENY");
      }
    // The same reply inside a multipart body (field "0") is checked the same way.
    const form = (root: string) => {
      const data = new FormData();
      data.set("0", root);
      return new Request("http://x", { method: "POST", body: data });
    };
    for (const [root, status] of [
      ["null", 400],
      ['["$h1"]', 400],
      ['[{"a":1}]', null],
    ] as const) {
      const request = form(root);
      const body = await request.arrayBuffer();
      const response = await post(body, {
        "content-length": String(body.byteLength),
        "content-type": request.headers.get("content-type") ?? "",
      });
      if (status) expect(response.status, root).toBe(status);
      else expect(response.headers.get("x-middleware-next"), root).toBe("1");
    }
  });
});
