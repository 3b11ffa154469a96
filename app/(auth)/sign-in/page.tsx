import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { OrganisationSignIn } from "@/components/auth/organisation-sign-in";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getSessionUser } from "@/lib/auth/session";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; password?: string }>;
}) {
  const { next, password } = await searchParams;
  const user = await getSessionUser();
  if (user) redirect(user.role === "admin" ? "/admin" : "/assessments");
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="mt-1 text-slate-700">Kratom risk checklist for clinicians and clinic admins.</p>
      {password === "set" ? (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3">
          Your password is set. Sign in with your email address and the new password.
        </p>
      ) : null}
      <SignInForm next={typeof next === "string" ? next.slice(0, 300) : undefined} />
      <OrganisationSignIn />
      {env().DEMO_MODE && env().DEMO_EHR_URL && (
        <p className="mt-8">
          Demo: open the{" "}
          <a href={`${env().DEMO_EHR_URL}/ehr`} className="text-blue-800 underline">
            demo EHR
          </a>{" "}
          and press “Launch kratom checklist” beside a patient: the checklist opens signed in, with
          the patient and medicines from the record.
        </p>
      )}
      <p className="mt-8 text-sm text-slate-700">
        The{" "}
        <a href="/evidence" className="text-blue-800 underline">
          evidence pages
        </a>{" "}
        are open to everyone.
      </p>
    </main>
  );
}
