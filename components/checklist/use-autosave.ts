"use client";
import { type RefObject, useCallback, useEffect, useRef, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { saveDraftAction } from "@/lib/actions/draft-actions";
import type { DraftAnswers } from "@/lib/checklist/draft";
import { clearUnsaved, stashUnsaved, submittedAs } from "./draft-memory";

export type SaveState = "idle" | "pending" | "saving" | "saved" | "error";

const AUTOSAVE_MS = 1500;
const RETRY_FIRST_MS = 3000;
const RETRY_MAX_MS = 30_000;
const LOST = "The connection was lost, so the draft was not saved. Your answers are still here.";
const RETRYING = "The page keeps trying by itself and says here when the draft is saved.";

/**
 * The draft's saving: shortly after typing stops, on every step change, again by itself after
 * a failure (backing off to every 30 s, at once when the browser is back online), and as a
 * keepalive request when the page is hidden or left, so a reload or a closed tab loses nothing.
 */
export function useAutosave(
  form: UseFormReturn<DraftAnswers>,
  draftId: string,
  reached: RefObject<number>,
  onSubmitted: (assessmentId: string) => void,
) {
  const [state, setState] = useState<SaveState>("idle");
  const [error, setError] = useState<string>();
  const [savedAt, setSavedAt] = useState<Date>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const retry = useRef({ timer: undefined as ReturnType<typeof setTimeout> | undefined, ms: 0 });
  /** Changes the server has not been sent yet (a failed save puts them back). */
  const dirty = useRef(false);
  const failed = useRef(false);

  const save = useCallback(
    async (stepReached?: number): Promise<boolean> => {
      clearTimeout(timer.current);
      clearTimeout(retry.current.timer);
      if (submittedAs(draftId)) return false;
      if (stepReached !== undefined) reached.current = Math.max(reached.current, stepReached);
      dirty.current = false;
      setState("saving");
      let message = LOST;
      let retryable = true;
      try {
        const result = await saveDraftAction({
          draftId,
          answers: form.getValues(),
          stepReached: reached.current,
        });
        if (result.ok && result.data.submittedAssessmentId) {
          onSubmitted(result.data.submittedAssessmentId);
          return false;
        }
        if (result.ok) {
          failed.current = false;
          retry.current.ms = 0;
          clearUnsaved(draftId);
          setError(undefined);
          setSavedAt(new Date());
          setState(dirty.current ? "pending" : "saved");
          return true;
        }
        message = result.formError ?? message;
        // A draft that is not (or no longer) this clinician's will not save however often asked.
        retryable = !message.startsWith("This draft cannot be changed");
      } catch {
        // A network failure: the action never reached the server, or its answer was lost.
      }
      dirty.current = true;
      failed.current = true;
      setError(retryable ? `${message} ${RETRYING}` : message);
      setState("error");
      if (retryable) {
        retry.current.ms = Math.min(RETRY_MAX_MS, Math.max(RETRY_FIRST_MS, retry.current.ms * 2));
        retry.current.timer = setTimeout(() => void save(), retry.current.ms);
      }
      return false;
    },
    [form, draftId, reached, onSubmitted],
  );

  /**
   * Sends what is unsaved with a request that outlives the page (pagehide, tab close, leaving).
   * `stash` when the page itself may be going (a reload): not when only the checklist unmounts
   * inside the app (a sign-out must not leave answers in the tab's storage).
   */
  const flush = useCallback(
    (stash = true) => {
      // A submitted draft takes no more saves: leaving for its summary sends nothing.
      if (!dirty.current || submittedAs(draftId)) return;
      clearTimeout(timer.current);
      const body = { answers: form.getValues(), stepReached: reached.current };
      if (stash) stashUnsaved(draftId, body.answers, body.stepReached);
      dirty.current = false;
      fetch(`/api/drafts/${draftId}`, {
        method: "POST",
        keepalive: true,
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      })
        .then((response) => {
          // The stash stays: this answer can arrive while a reload's page is already being
          // rendered from the row as it was; the next page takes the stash, the next save clears it.
          if (!response.ok) throw new Error(String(response.status));
        })
        .catch(() => {
          // Still on the page (it was only hidden): the ordinary save tries again.
          dirty.current = true;
          timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
        });
    },
    [form, draftId, reached, save],
  );

  useEffect(() => {
    const subscription = form.watch(() => {
      dirty.current = true;
      clearTimeout(timer.current);
      // While failing, the retry timer owns the next attempt.
      if (failed.current) return;
      setState("pending");
      timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
    });
    const onHidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    const onPageHide = () => flush();
    const onOnline = () => {
      if (failed.current) void save();
    };
    // The browser's "leave this page?" question only while the last change cannot reach the
    // server (saves failing, or the browser offline): otherwise the keepalive request sent here
    // carries it, and the tab's stash brings it back after a reload.
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      const atRisk = failed.current || (dirty.current && !navigator.onLine);
      flush();
      if (atRisk) event.preventDefault();
    };
    window.addEventListener("pagehide", onPageHide);
    window.addEventListener("beforeunload", onBeforeUnload);
    window.addEventListener("online", onOnline);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener("pagehide", onPageHide);
      window.removeEventListener("beforeunload", onBeforeUnload);
      window.removeEventListener("online", onOnline);
      document.removeEventListener("visibilitychange", onHidden);
      clearTimeout(retry.current.timer);
      // Leaving the checklist inside the app (a header link): the last change still goes.
      flush(false);
    };
  }, [form, save, flush]);

  return { state, error, savedAt, save };
}
