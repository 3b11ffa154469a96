"use client";
import type { RefObject } from "react";

/**
 * The first Tab stop of a step: jumps over the step list to the step's first question. A
 * button that focuses the field itself, since a fragment link would only move the reading point.
 */
export function SkipToFirstQuestion({ fields }: { fields: RefObject<HTMLElement | null> }) {
  return (
    <button
      type="button"
      onClick={() =>
        fields.current
          ?.querySelector<HTMLElement>(
            "input:not([type=hidden]):not([disabled]), select, textarea, button",
          )
          ?.focus()
      }
      className="sr-only focus:not-sr-only focus:mb-2 focus:inline-block focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-blue-800 focus:underline"
    >
      Skip to the first question
    </button>
  );
}
