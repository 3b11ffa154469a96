// Server actions over HTTP, as a browser calls them: POST to the page the action runs on, the
// action id from the build's server-reference manifest in `Next-Action`, the arguments as React's
// encodeReply sends plain JSON (a JSON array, text/plain), the session cookie and the Origin.
// Used by the benchmark and by the graceful-shutdown test.
import { readFileSync } from "node:fs";
import { root } from "../lib/run.mjs";

const manifests = new Map();
/**
 * The id of an exported server action (e.g. "submitAssessmentAction") in the current build of
 * this app, or of another built Next app in `appDir` (the bench's Next floor).
 */
export function actionId(exportedName, appDir = root) {
  if (!manifests.has(appDir))
    manifests.set(
      appDir,
      JSON.parse(readFileSync(`${appDir}/.next/server/server-reference-manifest.json`, "utf8")),
    );
  const manifest = manifests.get(appDir);
  const entry = Object.entries(manifest.node).find(([, v]) => v.exportedName === exportedName);
  if (!entry) throw new Error(`${exportedName} not found in the build`);
  return entry[0];
}

/** The router state a browser sends from a checklist step page. */
function routerState(draftId, step) {
  const page = ["__PAGE__", {}, null, null];
  const tree = [
    "",
    {
      children: [
        "(clinician)",
        {
          children: [
            "checklist",
            {
              children: [
                ["draftId", draftId, "d"],
                // Each step is its own static route folder (app/(clinician)/checklist/[draftId]/<slug>).
                { children: [step, { children: page }, null, null] },
                null,
                null,
              ],
            },
            null,
            null,
          ],
        },
        null,
        null,
      ],
    },
    null,
    null,
    true,
  ];
  return encodeURIComponent(JSON.stringify(tree));
}

/**
 * Calls `exportedName` with `arg` from `/checklist/<draftId>/<step>` and returns the status and
 * the action's result (the RSC row that carries it), or the raw text when it cannot be parsed.
 */
export async function callAction(url, { cookie, exportedName, arg, draftId, step = "review" }) {
  const response = await fetch(`${url}/checklist/${draftId}/${step}`, {
    method: "POST",
    redirect: "manual",
    headers: {
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      "Next-Action": actionId(exportedName),
      "Next-Router-State-Tree": routerState(draftId, step),
      Origin: url,
      cookie,
    },
    body: JSON.stringify([arg]),
  });
  const text = await response.text();
  return { status: response.status, result: parseResult(text), text };
}

/** The action's return value: the RSC row "1:{…}" (row 0 points at it). */
function parseResult(text) {
  for (const line of text.split("\n")) {
    const m = /^1:(\{.*\})$/.exec(line);
    if (m) {
      try {
        return JSON.parse(m[1]);
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** Signs in through the sign-in form's action and returns the session cookie. */
export async function signIn(url, email, password) {
  const response = await fetch(`${url}/sign-in`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "Next-Action": actionId("signInAction"),
      Origin: url,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    body: JSON.stringify([{ email, password }]),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.includes("session_token"));
  if (!cookie) throw new Error(`sign-in as ${email} failed (${response.status})`);
  return cookie.split(";")[0];
}
