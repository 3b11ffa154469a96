"use client";
import { useEffect, useState } from "react";

type Vocabulary = typeof import("@/lib/medications");

let loaded: Vocabulary | null = null;
let loading: Promise<Vocabulary> | null = null;

/** Whether an id is in the vocabulary, once it has loaded (the step check uses it then). */
export function knownMedicine(): ((id: string) => boolean) | undefined {
  const vocabulary = loaded;
  return vocabulary ? (id) => vocabulary.isKnownMedicationId(id) : undefined;
}

/**
 * The medicine vocabulary (names, brands, classes) is loaded on demand, not in the checklist's
 * first page load: only the medications step and the review need it. Null until it arrives.
 */
export function useVocabulary(): Vocabulary | null {
  const [vocabulary, setVocabulary] = useState(loaded);
  useEffect(() => {
    if (loaded) return;
    loading ??= import("@/lib/medications").then((module) => {
      loaded = module;
      return module;
    });
    let live = true;
    loading.then((module) => live && setVocabulary(module));
    return () => {
      live = false;
    };
  }, []);
  return vocabulary;
}
