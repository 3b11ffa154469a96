import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";

interface NavItem {
  href: string;
  label: string;
}

/** The shell header. It shows; it does not protect (every page checks the user itself). */
export function AppHeader({ userName, nav }: { userName?: string; nav: NavItem[] }) {
  return (
    <header className="no-print border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-slate-900">
          Kratom risk checklist
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1">
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-blue-800 underline">
                  {item.label}
                </Link>
              </li>
            ))}
            {userName && (
              <li className="flex items-center gap-3">
                {/* On a phone the name gives way, so the menu stays one line above the page. */}
                <span className="hidden text-sm text-slate-700 sm:inline">{userName}</span>
                <SignOutButton />
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
