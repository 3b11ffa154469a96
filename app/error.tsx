"use client";

/**
 * Unexpected errors only; expected ones are returned as values and shown at their field. The
 * commonest cause is a database that did not answer in time (lib/db-options.ts). This boundary
 * replaces the whole page, so it must not promise that unsaved typing survived: drafts are
 * saved step by step, not keystroke by keystroke.
 */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">This page could not be shown</h1>
      <p className="mt-2">
        The database could not be reached or the server did not answer. Try again in a moment.
      </p>
      <p className="mt-2">
        Answers already saved in a draft are kept. Anything typed since the last save may need to be
        entered again.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-4 min-h-11 rounded-md bg-blue-700 px-4 text-white"
      >
        Try again
      </button>
    </main>
  );
}
