"use client";
import { zodResolver } from "@hookform/resolvers/zod";
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
import {
  type FieldValues,
  FormProvider,
  type Resolver,
  type UseFormReturn,
  useForm,
} from "react-hook-form";
import type { z } from "zod";
import { saveDraftAction } from "@/lib/actions/draft-actions";
import type { DraftAnswers } from "@/lib/checklist/draft";
import { withDefaults } from "./empty-answers";
import { useGateKeeper } from "./use-gate-keeper";

type SaveState = "idle" | "pending" | "saving" | "saved" | "error";

interface WizardContextValue {
  draftId: string;
  stepReached: number;
  saveState: SaveState;
  saveError?: string;
  /** Saves the whole form as it stands; resolves false when the server did not store it. */
  save: (stepReached?: number) => Promise<boolean>;
  /** The schema the next handleSubmit validates with: the current step's, or the whole assessment. */
  selectSchema: (schema: z.ZodType) => void;
}

const WizardContext = createContext<WizardContextValue | null>(null);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (!value) throw new Error("useWizard outside WizardProvider");
  return value;
}

const AUTOSAVE_MS = 1500;

/**
 * One react-hook-form instance for the whole wizard, living in the draft's layout so it
 * survives moving between step URLs. Saves to the server on every step change and shortly
 * after typing stops, so a reload, a closed tab or a sign-out loses nothing.
 */
export function WizardProvider(props: {
  draftId: string;
  initialAnswers: DraftAnswers;
  initialStepReached: number;
  children: ReactNode;
}) {
  const schemaRef = useRef<z.ZodType | null>(null);
  const resolver = useCallback<Resolver<DraftAnswers>>(
    (values, context, options) =>
      schemaRef.current
        ? // biome-ignore lint/suspicious/noExplicitAny: the schema is chosen at run time per step
          zodResolver(schemaRef.current as any)(values, context, options as any)
        : { values, errors: {} },
    [],
  );
  const form = useForm<DraftAnswers>({
    defaultValues: withDefaults(props.initialAnswers),
    resolver,
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: false,
  });
  // Before the autosave subscription below: bringing an old draft in step is not an edit.
  useGateKeeper(form as unknown as UseFormReturn<FieldValues>);
  const [saveState, setSaveState] = useState<SaveState>("idle");
  const [saveError, setSaveError] = useState<string>();
  const reached = useRef(props.initialStepReached);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const save = useCallback(
    async (stepReached?: number) => {
      clearTimeout(timer.current);
      if (stepReached !== undefined) reached.current = Math.max(reached.current, stepReached);
      setSaveState("saving");
      try {
        const result = await saveDraftAction({
          draftId: props.draftId,
          answers: form.getValues(),
          stepReached: reached.current,
        });
        if (result.ok) {
          setSaveState("saved");
          setSaveError(undefined);
          return true;
        }
        setSaveError(result.formError);
      } catch {
        setSaveError(
          "The connection was lost, so the draft was not saved. Your answers are still here: try again.",
        );
      }
      setSaveState("error");
      return false;
    },
    [form, props.draftId],
  );

  useEffect(() => {
    const subscription = form.watch(() => {
      clearTimeout(timer.current);
      setSaveState((state) => (state === "error" ? state : "pending"));
      timer.current = setTimeout(() => void save(), AUTOSAVE_MS);
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer.current);
    };
  }, [form, save]);

  const value = useMemo<WizardContextValue>(
    () => ({
      draftId: props.draftId,
      stepReached: reached.current,
      saveState,
      saveError,
      save,
      selectSchema: (schema) => {
        schemaRef.current = schema;
      },
    }),
    [props.draftId, saveState, saveError, save],
  );

  return (
    <WizardContext.Provider value={value}>
      <FormProvider {...form}>{props.children}</FormProvider>
    </WizardContext.Provider>
  );
}
