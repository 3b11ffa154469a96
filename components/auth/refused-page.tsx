import Link from "next/link";

/** The clear page of a refused launch or organisation sign-in: a fixed text chosen by code. */
export function RefusedPage({ title, text, code }: { title: string; text: string; code: string }) {
  return (
    <main id="main" className="mx-auto max-w-xl p-6">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="mt-3" data-reason={code}>
        {text}
      </p>
      <p className="mt-3">
        <Link href="/sign-in" className="text-blue-800 underline">
          Sign in with your email and password
        </Link>{" "}
        — the checklist itself works by hand.
      </p>
    </main>
  );
}
