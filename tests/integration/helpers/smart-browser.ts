/**
 * A small browser for SMART flows in integration tests: a cookie jar per origin, redirects
 * followed by hand; the app's launch routes are called in-process (as the other integration
 * tests call route handlers), the test EHR over real HTTP.
 */
const APP = new URL(process.env.BETTER_AUTH_URL ?? "http://127.0.0.1:3100").origin;

/** The app's routes this browser calls in-process; any other app path ends the walk. */
const routes: Record<string, (request: Request) => Promise<Response>> = {
  "/launch": (await import("@/app/launch/route")).GET,
  "/launch/callback": (await import("@/app/launch/callback/route")).GET,
  "/sso/start": (await import("@/app/sso/start/route")).GET,
  "/sso/callback": (await import("@/app/sso/callback/route")).GET,
};
const isAppRoute = (url: URL) => url.origin === APP && Object.hasOwn(routes, url.pathname);
const isCallback = (url: URL) => isAppRoute(url) && url.pathname.endsWith("/callback");

export class SmartBrowser {
  readonly jar = new Map<string, Map<string, string>>();
  /** This browser's address as the request guard would resolve it (each browser its own). */
  address = `10.${[0, 0, 0].map(() => Math.floor(Math.random() * 250) + 1).join(".")}`;
  /** Called with the callback URL before the app handles it; may return a changed URL. */
  beforeCallback?: (url: URL) => URL | Promise<URL>;

  cookieHeader(url: URL): string {
    return [...(this.jar.get(url.origin) ?? new Map())].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private store(url: URL, res: Response) {
    const jar = this.jar.get(url.origin) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair.indexOf("=");
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0\b/i.test(line) || value === "") jar.delete(name);
      else jar.set(name, value);
    }
    this.jar.set(url.origin, jar);
  }

  async request(url: URL, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.cookieHeader(url);
    if (cookie) headers.set("cookie", cookie);
    let res: Response;
    if (isAppRoute(url)) {
      headers.set("x-forwarded-for", this.address);
      res = await routes[url.pathname](new Request(url, { headers }));
    } else res = await fetch(url, { ...init, headers, redirect: "manual" });
    this.store(url, res);
    return res;
  }

  /** Follows redirects until the app answers with a page (not one of the routes above). */
  async follow(start: URL | string, init: RequestInit = {}): Promise<{ url: URL; res: Response }> {
    let url = new URL(start);
    let res = await this.request(url, init);
    for (let hops = 0; hops < 20; hops++) {
      const location = res.headers.get("location");
      if (res.status < 300 || res.status >= 400 || !location) return { url, res };
      url = new URL(location, url);
      if (url.origin === APP && !isAppRoute(url)) return { url, res };
      if (isCallback(url) && this.beforeCallback) url = await this.beforeCallback(url);
      res = await this.request(url);
    }
    throw new Error("Too many redirects");
  }
}
