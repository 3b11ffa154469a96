"use client";

/** Unexpected errors only; expected ones are returned as values and shown at their field. */
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">Something went wrong</h1>
      <p className="mt-2">
        The page could not be shown. Drafts are saved as you go, so no answer is lost.
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
