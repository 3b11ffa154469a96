import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";

/** The front door sends each person to their own start page. */
export default async function HomePage() {
  const user = await getSessionUser();
  if (!user) redirect("/sign-in");
  redirect(user.role === "admin" ? "/admin" : "/assessments");
}
