/**
 * The test EHR's demo of the CDS Hooks service: an order page for the demo kratom patient
 * ("Order oxycodone 10 mg") that calls the app's order-select service as an EHR does — signed
 * JWT, MedicationRequest draft, prefetch with the chart's kratom MedicationStatement — and shows
 * the cards it gets back, with their links. Also serves the EHR's JWKS. Plain node:http
 * handlers `(req, res) => Promise<boolean>` (true when handled), for the test EHR to mount.
 */
import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { kratomStatement, searchset } from "@/lib/cds-hooks/testing";
import type { Card, CardLink } from "@/lib/cds-hooks/types";
import { type CdsClient, orderRequest } from "./cds-client";

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<boolean>;

export interface CdsDemoOptions {
  /** The app's public URL (its BETTER_AUTH_URL). */
  appUrl: string;
  /** The EHR's CDS client; its issuer and JWKS must be registered for the demo clinic. */
  client: CdsClient;
  /** The demo kratom patient's id in the EHR, and a display name. */
  patientId: string;
  patientName?: string;
  /** Where the demo page lives in the EHR (default /demo/cds) and the JWKS path (default /cds/jwks.json). */
  basePath?: string;
  jwksPath?: string;
  /**
   * Turns a card's SMART link into the EHR's launch URL (the test EHR's launcher). Without it, the
   * link opens its target in the app directly: the summary, or the clinician's assessments.
   */
  smartLaunch?: (link: CardLink) => string | undefined;
}

const MEDICINES = [
  "oxycodone 10 mg tablet",
  "alprazolam 0.5 mg",
  "naltrexone 50 mg",
  "sertraline 50 mg",
  "amoxicillin 500 mg",
];

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:16px system-ui;max-width:48rem;margin:2rem auto;padding:0 1rem}
.card{border:2px solid #555;border-radius:6px;padding:1rem;margin:1rem 0}
.critical{border-color:#b91c1c}.warning{border-color:#b45309}pre{white-space:pre-wrap}</style>
</head><body><main>${body}</main></body></html>`;
}

/** Where a card's link takes the demo user. */
function linkTarget(link: CardLink, o: CdsDemoOptions): string {
  const launched = link.type === "smart" ? o.smartLaunch?.(link) : undefined;
  if (launched) return launched;
  if (link.type === "absolute") return link.url;
  const context = JSON.parse(link.appContext ?? "{}") as { open?: string; assessmentId?: string };
  return context.open === "summary" && context.assessmentId
    ? `${o.appUrl}/assessments/${encodeURIComponent(context.assessmentId)}`
    : `${o.appUrl}/assessments`;
}

function cardHtml(card: Card, o: CdsDemoOptions): string {
  const links = (card.links ?? [])
    .map((l) => `<a href="${esc(linkTarget(l, o))}">${esc(l.label)}</a>`)
    .join(" · ");
  const source = card.source.url
    ? `<a href="${esc(card.source.url)}">${esc(card.source.label)}</a>`
    : esc(card.source.label);
  return `<section class="card ${esc(card.indicator)}" aria-label="Decision support card">
<p><strong>${esc(card.indicator.toUpperCase())}</strong>: ${esc(card.summary)}</p>
<p>${links}</p><details><summary>Details</summary><pre>${esc(card.detail ?? "")}</pre></details>
<p>Source: ${source}</p></section>`;
}

async function formBody(req: IncomingMessage): Promise<URLSearchParams> {
  let text = "";
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 4096) break;
  }
  return new URLSearchParams(text);
}

export function cdsDemoRoutes(o: CdsDemoOptions): {
  jwks: Handler;
  orders: Handler;
  handlers: Handler[];
} {
  const base = o.basePath ?? "/demo/cds";
  const name = o.patientName ?? "Demo kratom patient";
  const jwks = o.client.jwksHandler(o.jwksPath ?? "/cds/jwks.json");

  const orders: Handler = async (req, res) => {
    const path = (req.url ?? "").split("?")[0];
    const html = (status: number, body: string) => {
      res.writeHead(status, {
        "Content-Type": "text/html; charset=utf-8",
        "Cache-Control": "no-store",
      });
      res.end(page(`Orders for ${name}`, body));
      return true;
    };
    const form = (chosen: string) => `<h1>Orders for ${esc(name)}</h1>
<p>The chart records kratom use. Choose a medicine and order it: the EHR asks the kratom
interaction check (CDS Hooks order-select) and shows what it answers.</p>
<form method="post" action="${esc(base)}/order"><label for="medicine">Medicine</label>
<select id="medicine" name="medicine">${MEDICINES.map((m) => `<option${m === chosen ? " selected" : ""}>${esc(m)}</option>`).join("")}</select>
<button type="submit">Order</button></form>`;
    if (req.method === "GET" && path === base) return html(200, form(MEDICINES[0]));
    if (req.method !== "POST" || path !== `${base}/order`) return false;

    const medicine = (await formBody(req)).get("medicine") ?? MEDICINES[0];
    const body = orderRequest({
      patientId: o.patientId,
      orders: [{ id: randomUUID(), text: medicine.slice(0, 200) }],
      prefetch: {
        statements: searchset([kratomStatement(o.patientId)]),
        conditions: searchset([]),
        medications: searchset([]),
        assessment: searchset([]),
      },
    });
    const answer = await o.client.hook(o.appUrl, "kratom-order-select", body);
    const cards = answer.ok ? ((await answer.json()) as { cards: Card[] }).cards : [];
    const result = !answer.ok
      ? `<p role="alert">The service answered ${answer.status}.</p>`
      : cards.length === 0
        ? "<p>No card: nothing to say about this order.</p>"
        : cards.map((c) => cardHtml(c, o)).join("");
    return html(200, `${form(medicine)}<h2>Decision support</h2>${result}`);
  };

  return { jwks, orders, handlers: [jwks, orders] };
}
