import type { DraftAnswers } from "@/lib/checklist/draft";

/**
 * What this tab knows about its drafts beyond the server-rendered page.
 *
 * Back and Forward restore a page from Next's client router cache without asking the server,
 * so the draft layout comes back with the answers it was first rendered with (often the empty
 * form of a new draft) and, after a submit, as a live form. The wizard therefore remembers,
 * in this tab's memory, the answers it last held and which drafts were submitted, and prefers
 * them over a payload rendered from the same server version. Nothing here outlives the tab.
 */
interface Remembered {
  /** The draft's updatedAt the page was rendered from: a newer render wins over memory. */
  version: string;
  answers: DraftAnswers;
  stepReached: number;
}

const open = new Map<string, Remembered>();
const submitted = new Map<string, string>();

export function recall(draftId: string, version: string): Remembered | undefined {
  const remembered = open.get(draftId);
  return remembered?.version === version ? remembered : undefined;
}

export function remember(draftId: string, value: Remembered) {
  open.set(draftId, value);
}

export function markSubmitted(draftId: string, assessmentId: string) {
  submitted.set(draftId, assessmentId);
  open.delete(draftId);
  clearUnsaved(draftId);
}

export const submittedAs = (draftId: string) => submitted.get(draftId);

/*
 * Unsaved changes of a page being reloaded: the keepalive save sent on pagehide races the
 * reload's own request, so the change is also kept in this tab's sessionStorage (gone when the
 * tab closes) and put back into the form, then saved, when the page opens again.
 */
const PREFIX = "unsaved-draft:";
const key = (draftId: string) => `${PREFIX}${draftId}`;

export function stashUnsaved(draftId: string, answers: DraftAnswers, stepReached: number) {
  try {
    sessionStorage.setItem(key(draftId), JSON.stringify({ answers, stepReached }));
  } catch {
    // Storage full or blocked: the keepalive save is still on its way.
  }
}

export function takeUnsaved(
  draftId: string,
): { answers: DraftAnswers; stepReached: number } | undefined {
  try {
    const raw = sessionStorage.getItem(key(draftId));
    sessionStorage.removeItem(key(draftId));
    const value = raw ? JSON.parse(raw) : undefined;
    return value && typeof value === "object" && typeof value.answers === "object"
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}

export function clearUnsaved(draftId: string) {
  try {
    sessionStorage.removeItem(key(draftId));
  } catch {
    // Nothing to clear.
  }
}

/** On sign-out: no answers stay in the tab's storage for whoever uses it next. */
export function clearAllUnsaved() {
  try {
    for (const name of Object.keys(sessionStorage))
      if (name.startsWith(PREFIX)) sessionStorage.removeItem(name);
  } catch {
    // Nothing to clear.
  }
}
