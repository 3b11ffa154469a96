import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeBodyLimit } from "./body-limits";
import { installRequestGuard } from "./request-guard";

// A plain Node server standing in for Next: it echoes the headers it was given and how many
// body bytes it read. The guard is installed on http.Server as instrumentation.ts does.
let server: http.Server;
let port: number;
let bodyBytesRead = 0;

beforeAll(async () => {
  installRequestGuard([], 64 * 1024);
  server = http.createServer((req, res) => {
    req.on("data", (chunk: Buffer) => {
      bodyBytesRead += chunk.length;
    });
    req.on("end", () => {
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ headers: req.headers }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

function send(options: http.RequestOptions, write?: (req: http.ClientRequest) => void) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, ...options }, (res) => {
        let body = "";
        res.on("data", (c) => {
          body += c;
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      if (write) write(req);
      else req.end();
    },
  );
}

describe("request guard", () => {
  it("replaces a forged X-Forwarded-For with the socket's peer and drops forwarded host", async () => {
    const { body } = await send({
      path: "/",
      headers: {
        "x-forwarded-for": "6.6.6.6",
        "x-real-ip": "6.6.6.7",
        "x-forwarded-host": "evil.example",
        "x-forwarded-proto": "https",
      },
    });
    const { headers } = JSON.parse(body);
    expect(headers["x-forwarded-for"]).toBe("127.0.0.1");
    expect(headers["x-real-ip"]).toBeUndefined();
    expect(headers["x-forwarded-host"]).toBeUndefined();
    expect(headers["x-forwarded-proto"]).toBeUndefined();
  });

  it.each(["/%", "/%E0%A4%A", "/checklist/%zz/patient", "/a%ff"])(
    "answers malformed percent-encoding %s with 400 and the security headers",
    async (path) => {
      const response = await send({ path });
      expect(response.status).toBe(400);
      expect(response.headers["content-security-policy"]).toContain("default-src 'none'");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
    },
  );

  it("refuses a chunked 30 MB server action body after its first chunk, reading none of it", async () => {
    bodyBytesRead = 0;
    const chunk = Buffer.alloc(1024 * 1024, 120);
    let sent = 0;
    const started = Date.now();
    const response = await send(
      { path: "/sign-in", method: "POST", headers: { "next-action": "x" } },
      (req) => {
        // Keep streaming until the server answers (or 30 MB are out).
        const pump = () => {
          if (sent >= 30 || req.destroyed) return req.end();
          sent++;
          if (req.write(chunk)) setImmediate(pump);
          else req.once("drain", pump);
        };
        req.on("response", () => {
          sent = 30;
        });
        req.on("error", () => {});
        pump();
      },
    ).catch(() => ({ status: -1, headers: {}, body: "" }));
    expect([411, -1]).toContain(response.status);
    expect(bodyBytesRead).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("refuses a declared over-limit action body with 413 and lets normal requests through", async () => {
    const over = await send(
      {
        path: "/x",
        method: "POST",
        headers: { "next-action": "x", "content-length": String(64 * 1024 + 1) },
      },
      (req) => req.end(),
    );
    expect(over.status).toBe(413);
    const ok = await send(
      { path: "/x", method: "POST", headers: { "next-action": "x", "content-length": "2" } },
      (req) => req.end("[]"),
    );
    expect(ok.status).toBe(200);
  });
  it("refuses a route handler body over its path's limit, or chunked, unread", async () => {
    bodyBytesRead = 0;
    const over = await send(
      {
        path: "/api/auth/sign-out",
        method: "POST",
        headers: { "content-length": String(routeBodyLimit("/api/auth/sign-out") + 1) },
      },
      (req) => req.end(),
    );
    expect(over.status).toBe(413);
    expect(over.headers["x-frame-options"]).toBe("DENY");
    const chunked = await send({ path: "/api/admin/aggregates/export", method: "POST" }, (req) => {
      req.on("error", () => {});
      req.write(Buffer.alloc(64 * 1024, 120));
      req.end();
    }).catch(() => ({ status: -1, headers: {}, body: "" }));
    expect([411, -1]).toContain(chunked.status);
    expect(bodyBytesRead).toBe(0);
    const page = await send(
      { path: "/sign-in", method: "POST", headers: { "content-length": String(64 * 1024 + 1) } },
      (req) => req.end(),
    );
    expect(page.status).toBe(413);
    const small = await send(
      { path: "/api/auth/sign-out", method: "POST", headers: { "content-length": "2" } },
      (req) => req.end("{}"),
    );
    expect(small.status).toBe(200);
    expect((await send({ path: "/api/auth/get-session" })).status).toBe(200);
  });
});
