import { describeStep, steps } from "@/lib/checklist";
import type { AssessmentDto } from "@/lib/dal/assessments";
import { EVIDENCE_VERSION } from "@/lib/evidence";
import { medicationById } from "@/lib/medications";
import { domains } from "@/lib/risk/types";
import { FindingCard } from "./finding-card";
import { levelBadgeClass, levelLabel } from "./level";

const medicationName = (id: string) => medicationById(id)?.generic ?? id;

/** The summary exactly as it was computed and stored: re-rendering never re-runs the rules. */
export function SummaryView({ assessment }: { assessment: AssessmentDto }) {
  const { summary } = assessment;
  return (
    <>
      <div className="rounded-md border border-slate-300 bg-white p-4">
        <p className="text-lg">
          Overall level:{" "}
          <span className={levelBadgeClass(summary.overall)}>{levelLabel(summary.overall)}</span>
        </p>
        <p className="mt-1 text-sm text-slate-700">{summary.overallRule}</p>
        <p className="mt-2 text-sm text-slate-700">
          Ruleset {summary.rulesetVersion} · evidence {summary.evidenceVersion}
        </p>
        {summary.evidenceVersion !== EVIDENCE_VERSION && (
          <p className="mt-2 rounded border border-amber-700 bg-amber-50 p-2 text-sm">
            The evidence has been updated (now {EVIDENCE_VERSION}) since this summary was made. It
            is shown as it was on the day; the linked sections show the current text.
          </p>
        )}
        <p className="mt-2 text-sm">
          Findings are considerations for you to weigh with the patient, not instructions. Each one
          lists the answers that triggered it and the evidence it rests on.
        </p>
      </div>
      {summary.findings.length > 0 && (
        <nav
          aria-labelledby="glance-title"
          className="mt-6 rounded-md border border-slate-300 bg-white p-4"
        >
          <h3 id="glance-title" className="text-lg font-semibold">
            Findings at a glance
          </h3>
          <ul className="mt-2 grid gap-1">
            {summary.findings.map((f) => (
              <li key={f.id}>
                <span className={levelBadgeClass(f.severity)}>{levelLabel(f.severity)}</span>{" "}
                <a href={`#finding-${f.id}`} className="text-blue-800 underline">
                  {f.title}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {summary.domains.map((d) => {
        const findings = summary.findings.filter((f) => f.domain === d.domain);
        return (
          <section key={d.domain} aria-labelledby={`d-${d.domain}`} className="mt-6">
            <h3
              id={`d-${d.domain}`}
              className="flex flex-wrap items-center gap-2 text-xl font-semibold"
            >
              {domains[d.domain]}{" "}
              <span className={levelBadgeClass(d.status === "assessed" ? d.level : null)}>
                {d.status === "assessed" ? levelLabel(d.level) : "Not assessed"}
              </span>
            </h3>
            {d.status === "not-assessed" && (
              <p className="mt-1 text-slate-800">
                Not assessed: {d.notAssessedReasons.join("; ")}. This is not the same as low risk.
              </p>
            )}
            {d.status === "assessed" && findings.length === 0 && (
              <p className="mt-1 text-slate-700">
                No finding in this domain from the answers given.
              </p>
            )}
            <div className="mt-2 grid gap-3">
              {findings.map((f) => (
                <FindingCard key={f.id} finding={f} />
              ))}
            </div>
          </section>
        );
      })}
      <section aria-labelledby="answers-title" className="mt-8">
        <h3 id="answers-title" className="text-xl font-semibold">
          Answers
        </h3>
        {steps.map((step) => (
          <div
            key={step.key}
            className="mt-3 rounded-md border border-slate-300 bg-white p-4 break-inside-avoid"
          >
            <h4 className="font-semibold">{step.title}</h4>
            <dl className="mt-1 grid gap-x-4 sm:grid-cols-[16rem_1fr]">
              {describeStep(
                step.key,
                assessment.answers[step.key] as Record<string, unknown>,
                medicationName,
              ).map((line) => (
                <div key={line.question} className="contents">
                  <dt className="font-medium text-slate-700">{line.question}</dt>
                  <dd>{line.answer}</dd>
                </div>
              ))}
            </dl>
          </div>
        ))}
      </section>
    </>
  );
}
