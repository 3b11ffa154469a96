// The test EHR's own pages: the patient list a newcomer clicks ("Launch kratom checklist"), the
// EHR launch (an opaque `launch` id standing for patient + encounter + user, and the appContext
// of a CDS card's link when it launches one), and the
// authorization server's interaction: the EHR user is taken as signed in (this is a test EHR),
// a standalone launch picks its patient here, and the grant holds the scopes the app asked for
// minus any the test withholds.
import { randomBytes } from "node:crypto";
import { PATIENTS, PRACTITIONER } from "./seed.mjs";

const esc = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (
  title,
  body,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:16px system-ui;margin:2rem;max-width:46rem}li{margin:.6rem 0}button{font:inherit;padding:.3rem .7rem}</style></head>
<body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;

function html(res, status, body) {
  res.writeHead(status, {
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
  });
  res.end(body);
  return true;
}

async function formBody(req) {
  let raw = "";
  for await (const chunk of req) raw += chunk;
  return new URLSearchParams(raw);
}

export function createPages({
  provider,
  fhirBase,
  appUrl,
  launches,
  contexts,
  withheld,
  session,
  patientLinks,
}) {
  // More links beside a patient's launch link, added by what is mounted (the CDS demo's orders).
  const moreLinks = (p) =>
    (patientLinks.get(p.id) ?? [])
      .map((l) => ` · <a href="${esc(l.href)}">${esc(l.label)}</a>`)
      .join("");
  const patientList = (action) =>
    PATIENTS.map(
      (
        p,
      ) => `<li><strong>${esc(p.patient.name[0].given[0])} ${esc(p.patient.name[0].family)}</strong>
      (${esc(p.label)}) ${action(p)}</li>`,
    ).join("");

  async function finish(req, res, details, context) {
    const accountId = context.practitioner ?? session.signedInAs;
    const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
    const asked = String(details.params.scope ?? "")
      .split(" ")
      .filter(Boolean);
    grant.addOIDCScope(asked.filter((s) => !withheld.has(s)).join(" "));
    const grantId = await grant.save();
    contexts.set(grantId, {
      patient: context.patient,
      encounter: context.encounter,
      ...(context.appContext ? { appContext: context.appContext } : {}),
    });
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  return async function pages(req, res, url) {
    if (url.pathname === "/" || url.pathname === "/ehr") {
      html(
        res,
        200,
        page(
          "Demo EHR: today's patients",
          `<p>Signed in as Dr Dana Demo (synthetic data).</p>
        <ul>${patientList((p) => `<a href="/ehr/launch?patient=${p.id}">Launch kratom checklist</a>${moreLinks(p)}`)}</ul>`,
        ),
      );
      return true;
    }
    if (url.pathname === "/ehr/launch") {
      const p = PATIENTS.find((x) => x.id === url.searchParams.get("patient"));
      if (!p) return html(res, 404, page("Unknown patient", ""));
      const launch = randomBytes(12).toString("base64url");
      // A CDS card's SMART link is launched with its appContext, handed back at the token.
      const appContext = url.searchParams.get("appContext")?.slice(0, 500);
      launches.set(launch, {
        patient: p.id,
        encounter: `enc-${p.id}`,
        practitioner: PRACTITIONER.id,
        ...(appContext ? { appContext } : {}),
      });
      const target = new URL("/launch", url.searchParams.get("app") ?? appUrl());
      target.searchParams.set("iss", fhirBase);
      target.searchParams.set("launch", launch);
      res.writeHead(302, { location: target.href }).end();
      return true;
    }
    const uid = /^\/ehr\/interaction\/([\w-]+)$/.exec(url.pathname)?.[1];
    if (!uid) return false;
    const details = await provider.interactionDetails(req, res);
    const launch = details.params.launch;
    if (launch) {
      const context = launches.get(launch);
      if (!context)
        return html(
          res,
          400,
          page("Unknown launch", "<p>This launch is not known to the EHR.</p>"),
        );
      await finish(req, res, details, context);
      return true;
    }
    // Sign-in only (no patient asked for): the EHR's signed-in user, no patient context.
    if (
      !String(details.params.scope ?? "")
        .split(" ")
        .includes("launch/patient")
    ) {
      await finish(req, res, details, {});
      return true;
    }
    if (req.method === "POST") {
      const chosen = (await formBody(req)).get("patient");
      const picked = PATIENTS.find((p) => p.id === chosen);
      if (!picked) return html(res, 400, page("Pick a patient", "<p>No patient was picked.</p>"));
      await finish(req, res, details, { patient: picked.id });
      return true;
    }
    html(
      res,
      200,
      page(
        "Demo EHR: choose the patient",
        `<form method="post"><fieldset><legend>Patient</legend>
      <ul>${patientList((p) => `<label><input type="radio" name="patient" value="${p.id}" required> ${esc(p.id)}</label>`)}</ul>
      </fieldset><button type="submit">Open the checklist for this patient</button></form>`,
      ),
    );
    return true;
  };
}
