import { ACTION_BODY_LIMIT } from "./security-headers";

/**
 * How large a request body the server accepts, by where it goes. Server actions have one limit
 * (Next's `serverActions.bodySizeLimit`); route handlers and everything else that is not an
 * action get the limit of the longest matching path prefix here. The request guard applies it
 * from the Content-Length before anything reads the body, and refuses a chunked body (no
 * length) unread, exactly as it does for actions.
 */
export const ROUTE_BODY_LIMITS: readonly (readonly [prefix: string, bytes: number])[] = [
  // Route handlers: none of ours reads more than a small JSON body.
  ["/api/", 16 * 1024],
  // better-auth's open endpoints (sign-out, get-session) take an empty or tiny JSON body.
  ["/api/auth/", 4 * 1024],
  // CDS Hooks requests carry prefetched FHIR resources.
  ["/cds-services", 1024 * 1024],
  // A SMART launch may be POSTed back with form fields from the EHR.
  ["/launch", 16 * 1024],
];

/**
 * Pages: a form posted without JavaScript runs its server action as a plain POST to the page
 * (no Next-Action header), so pages take what an action may.
 */
export const DEFAULT_ROUTE_BODY_LIMIT = ACTION_BODY_LIMIT;

export function routeBodyLimit(path: string): number {
  let best: readonly [string, number] | undefined;
  for (const entry of ROUTE_BODY_LIMITS)
    if (path.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  return best ? best[1] : DEFAULT_ROUTE_BODY_LIMIT;
}
