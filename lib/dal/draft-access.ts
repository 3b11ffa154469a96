import "server-only";
import { cache } from "react";
import { getDraft } from "./drafts";

/**
 * The signed-in clinician's own draft, or null: read once per request however many segments
 * ask (the draft layout and the step page both check ownership: a crafted RSC request can
 * render a page without its layout, so the page must not rely on the layout's check).
 */
export const getOwnDraft = cache(getDraft);
