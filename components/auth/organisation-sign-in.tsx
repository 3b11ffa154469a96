/**
 * Sign-in through the clinic's own identity provider: a plain GET form (no script needed) to
 * /sso, which names the provider of the email's domain and links on to it (a link, not the form,
 * leaves for the provider: the CSP's form-action keeps forms on this site; docs/ehr-integration.md).
 */
export function OrganisationSignIn() {
  return (
    <form method="get" action="/sso" className="mt-8 space-y-2 border-t border-slate-300 pt-6">
      <h2 className="text-lg font-semibold">Or sign in with your organisation's account</h2>
      {/* Not labelled "Email": the password form's field is, and tests and people find it by that. */}
      <label htmlFor="sso-email" className="block font-medium">
        Your organisation account
      </label>
      <p id="sso-email-hint" className="text-sm text-slate-700">
        Your work address, e.g. name@clinic.example.org
      </p>
      <input
        id="sso-email"
        name="email"
        type="email"
        required
        maxLength={254}
        autoComplete="email"
        aria-describedby="sso-email-hint"
        className="block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base"
      />
      <button
        type="submit"
        className="inline-flex min-h-11 items-center justify-center rounded-md border border-slate-400 bg-white px-4 py-2 text-base font-medium hover:bg-slate-100"
      >
        Continue with your organisation
      </button>
    </form>
  );
}
