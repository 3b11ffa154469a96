import Link from "next/link";

/** Newer / older page links; plain links, so the back button and deep links work. */
export function AuditPagination({ page, pageCount }: { page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="Audit log pages" className="mt-4 flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={`/admin/audit?page=${page - 1}`} className="text-blue-800 underline">
          ← Newer events
        </Link>
      ) : (
        <span className="text-slate-600">← Newer events</span>
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={`/admin/audit?page=${page + 1}`} className="text-blue-800 underline">
          Older events →
        </Link>
      ) : (
        <span className="text-slate-600">Older events →</span>
      )}
    </nav>
  );
}
