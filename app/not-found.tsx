// A plain link: the not-found boundary ships with every page, so it stays free of client code.
export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2">The page does not exist, or it is not yours to see.</p>
      <p className="mt-4">
        <a href="/" className="text-blue-800 underline">
          Go to your start page
        </a>
      </p>
    </main>
  );
}
