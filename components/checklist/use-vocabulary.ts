"use client";
import { useEffect, useState } from "react";

type Vocabulary = typeof import("@/lib/medications");

let loaded: Vocabulary | null = null;
let started = false;
const waiting = new Set<(vocabulary: Vocabulary) => void>();

/** Starts loading the vocabulary (once); every mounted useVocabulary gets it when it arrives. */
export function loadVocabulary(): void {
  if (started) return;
  started = true;
  import("@/lib/medications").then(
    (module) => {
      loaded = module;
      for (const give of waiting) give(module);
    },
    () => {
      started = false; // a lost connection: the next need tries again
    },
  );
}

/** Whether an id is in the vocabulary, once it has loaded (the step check uses it then). */
export function knownMedicine(): ((id: string) => boolean) | undefined {
  const vocabulary = loaded;
  return vocabulary ? (id) => vocabulary.isKnownMedicationId(id) : undefined;
}

/**
 * The medicine vocabulary (names, brands, classes, the search index) is loaded on demand, not in
 * the checklist's first page load, and only once something needs it (`wanted`: medicines to
 * name, free text to read, the search focused): building its index is a long task a phone
 * would otherwise run while the step is still loading (docs/scaling.md). Null until it arrives.
 */
export function useVocabulary(wanted: boolean): Vocabulary | null {
  const [vocabulary, setVocabulary] = useState(loaded);
  useEffect(() => {
    if (loaded) {
      setVocabulary(loaded);
      return;
    }
    waiting.add(setVocabulary);
    return () => {
      waiting.delete(setVocabulary);
    };
  }, []);
  useEffect(() => {
    if (wanted) loadVocabulary();
  }, [wanted]);
  return vocabulary;
}
