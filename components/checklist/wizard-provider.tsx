"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { type FieldValues, FormProvider, type UseFormReturn, useForm } from "react-hook-form";
import { checkAssessment, checkStep } from "@/lib/checklist/check-answers";
import type { DraftAnswers } from "@/lib/checklist/draft";
import type { StepKey } from "@/lib/checklist/steps";
import { checkResolver } from "./check-resolver";
import { markSubmitted, recall, remember, submittedAs, takeUnsaved } from "./draft-memory";
import { withDefaults } from "./empty-answers";
import { type SaveState, useAutosave } from "./use-autosave";
import { useGateKeeper } from "./use-gate-keeper";
import { knownMedicine } from "./use-vocabulary";

interface WizardContextValue {
  draftId: string;
  stepReached: number;
  saveState: SaveState;
  saveError?: string;
  /** When the server last stored the draft, for "Draft saved at 10:42". */
  savedAt?: Date;
  /** Saves the whole form as it stands; resolves false when the server did not store it. */
  save: (stepReached?: number) => Promise<boolean>;
  /** What the next handleSubmit checks: the current step, or the whole assessment. */
  selectCheck: (scope: StepKey | "assessment") => void;
  /** After a successful submit: this tab never shows the draft as a form again. */
  submitted: (assessmentId: string) => void;
}

const WizardContext = createContext<WizardContextValue | null>(null);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error("useWizard outside WizardProvider");
  return value;
}

/**
 * One react-hook-form instance for the whole wizard, living in the draft's layout so it
 * survives moving between step URLs. Saving is useAutosave's; a submitted draft (this tab
 * submitted it, or a save finds it submitted elsewhere) shows a link to its summary instead.
 */
export function WizardProvider(props: {
  draftId: string;
  /** The draft's updatedAt as rendered: tells a fresh render from a restored one (draft-memory). */
  version: string;
  initialAnswers: DraftAnswers;
  initialStepReached: number;
  children: ReactNode;
}) {
  const router = useRouter();
  // A Back/Forward restore renders the layout's old payload: this tab's memory is newer.
  const [start] = useState(() => recall(props.draftId, props.version));
  const [assessmentId, setAssessmentId] = useState(() => submittedAs(props.draftId));
  const scope = useRef<StepKey | "assessment" | null>(null);
  // lib/checklist's own check, not zod: the same rules and messages as the server's schemas
  // (check-answers.test.ts) without a validation library in the first page load.
  const [resolver] = useState(() =>
    checkResolver<DraftAnswers>((values) => {
      const options = { knownMedicine: knownMedicine() };
      if (scope.current === "assessment") return checkAssessment(values, options);
      return scope.current ? checkStep(scope.current, values[scope.current], options) : null;
    }),
  );
  const form = useForm<DraftAnswers>({
    defaultValues: withDefaults(start?.answers ?? props.initialAnswers),
    resolver,
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  // Before the autosave subscription below: bringing an old draft in step is not an edit.
  useGateKeeper(form as unknown as UseFormReturn<FieldValues>);
  const reached = useRef(start?.stepReached ?? props.initialStepReached);
  // The version of the latest render (a router.refresh re-renders the layout with a newer one):
  // a later Back restores that render, so the memory must carry its version.
  const version = useRef(props.version);
  version.current = props.version;
  const submitted = useCallback(
    (id: string) => {
      markSubmitted(props.draftId, id);
      setAssessmentId(id);
    },
    [props.draftId],
  );
  const autosave = useAutosave(form, props.draftId, reached, submitted);

  // biome-ignore lint/correctness/useExhaustiveDependencies: once per mount, and once submitted
  useEffect(() => {
    if (assessmentId) {
      router.replace(`/assessments/${assessmentId}`);
      return;
    }
    // Changes a reload interrupted (draft-memory): back into the form, then saved.
    const unsaved = takeUnsaved(props.draftId);
    if (unsaved) {
      reached.current = Math.max(reached.current, unsaved.stepReached);
      form.reset(withDefaults(unsaved.answers), { keepDefaultValues: true });
      void autosave.save();
    }
    return () => {
      if (submittedAs(props.draftId)) return;
      remember(props.draftId, {
        version: version.current,
        answers: structuredClone(form.getValues()),
        stepReached: reached.current,
      });
    };
  }, [assessmentId]);

  const value = useMemo<WizardContextValue>(
    () => ({
      draftId: props.draftId,
      stepReached: reached.current,
      saveState: autosave.state,
      saveError: autosave.error,
      savedAt: autosave.savedAt,
      save: autosave.save,
      selectCheck: (next) => {
        scope.current = next;
      },
      submitted,
    }),
    [props.draftId, autosave.state, autosave.error, autosave.savedAt, autosave.save, submitted],
  );

  if (assessmentId) return <SubmittedNotice assessmentId={assessmentId} />;
  return (
    <WizardContext.Provider value={value}>
      <FormProvider {...form}>{props.children}</FormProvider>
    </WizardContext.Provider>
  );
}

/** Shown for the moment before the summary opens, and if it cannot: never a blank form. */
function SubmittedNotice({ assessmentId }: { assessmentId: string }) {
  return (
    <div role="status" className="rounded-md border border-blue-800 bg-blue-50 p-4">
      <h1 className="text-2xl font-bold">This assessment was submitted</h1>
      <p className="mt-2">
        Its answers can no longer be changed.{" "}
        <Link href={`/assessments/${assessmentId}`} className="text-blue-800 underline">
          Open its summary
        </Link>
        , or start a new assessment from My assessments.
      </p>
    </div>
  );
}
