"use client";
import { type RefObject, useEffect } from "react";

/*
 * After "Save and continue" (or Back) the new step's heading takes the focus, so a keyboard or
 * screen-reader user starts at the top of the step they moved to, not on a button that is gone.
 * A flag set just before the router moves, read once by the page that mounts next: a page
 * opened any other way (a link, a reload) keeps the browser's own focus.
 */
let pending = false;

export function focusHeadingOnArrival() {
  pending = true;
}

export function useArrivalFocus(heading: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!pending) return;
    pending = false;
    heading.current?.focus();
  }, [heading]);
}
