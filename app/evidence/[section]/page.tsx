import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { referencesForSection, sectionById, sections, strengthLabel } from "@/lib/evidence";
import { bibliographyText, sourceNote } from "@/lib/report/bibliography";

type Props = { params: Promise<{ section: string }> };

export function generateStaticParams() {
  return sections.map((s) => ({ section: s.id }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section } = await params;
  return { title: sectionById(section)?.title ?? "Evidence" };
}

export default async function EvidenceSectionPage({ params }: Props) {
  const { section: id } = await params;
  const section = sectionById(id);
  if (!section) notFound();
  const references = referencesForSection(section);
  const number = (refId: string) => references.findIndex((r) => r.id === refId) + 1;
  return (
    <article>
      <p>
        <Link href="/evidence" className="text-blue-800 underline">
          ← All evidence
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{section.title}</h1>
      <p className="text-sm text-slate-700">
        Evidence strength: {strengthLabel(section.strength)} · last reviewed {section.lastReviewed}
      </p>
      <p className="mt-3 text-lg">{section.summary}</p>
      <nav aria-label="In this section" className="mt-4">
        <ul className="list-disc pl-5">
          {section.parts.map((p) => (
            <li key={p.anchor}>
              <a href={`#${p.anchor}`} className="text-blue-800 underline">
                {p.heading}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {section.parts.map((part) => (
        <section
          key={part.anchor}
          id={part.anchor}
          aria-labelledby={`${part.anchor}-h`}
          className="mt-6 scroll-mt-4"
        >
          <h2 id={`${part.anchor}-h`} className="text-xl font-semibold">
            {part.heading}
          </h2>
          {part.paragraphs.map((para) => (
            <p key={para.text.slice(0, 40)} className="mt-2">
              {para.text}{" "}
              {para.refs.map((r) => (
                <a key={r} href={`#ref-${r}`} className="text-blue-800 underline">
                  [{number(r)}]
                </a>
              ))}
            </p>
          ))}
        </section>
      ))}
      {section.unknowns.length > 0 && (
        <section id="unknown" aria-labelledby="unknown-h" className="mt-6">
          <h2 id="unknown-h" className="text-xl font-semibold">
            Unknown
          </h2>
          <ul className="mt-2 list-disc pl-5">
            {section.unknowns.map((u) => (
              <li key={u}>{u}</li>
            ))}
          </ul>
        </section>
      )}
      <section id="references" aria-labelledby="refs-h" className="mt-6">
        <h2 id="refs-h" className="text-xl font-semibold">
          References
        </h2>
        <ol className="mt-2 list-decimal pl-6">
          {references.map((r) => (
            <li key={r.id} id={`ref-${r.id}`} className="mt-1 break-words">
              {bibliographyText(r.citation)}{" "}
              <a href={r.url} className="text-blue-800 underline" rel="noreferrer">
                Source<span className="sr-only"> of reference {number(r.id)}</span>
              </a>
              {sourceNote(r) && <span className="text-slate-700"> ({sourceNote(r)})</span>}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
