/**
 * The insider's differencing attack (issue 21 §4), as a Bayesian attacker would run it: the
 * figures before and after a batch in which the attacker knows every assessment but the
 * victim's. Every cell that can hold the victim (its clinic or the network, any age band, sex
 * and year or all time: the cube's cells) is read in both releases; the attacker subtracts what
 * their own assessments add and weighs what is left against the perturbation table, starting
 * from the published marginals (the baseline). Test support: not imported by the app.
 */
import type { Catalogue } from "../catalogue";
import { offered } from "../filter-values";
import { cellLikelihood, type Obs } from "./attack-likelihood";
import { measuresOf as catalogueMeasures } from "./cells";
import { mod, publishedValue } from "./perturb";
import type { Assessment } from "./synthetic";

/** The measures one assessment counts in (as the aggregate query counts them). */
export function measuresOf(a: Assessment): string[] {
  return [
    "total",
    `level:${a.overall}`,
    `dependence:${a.dependence}`,
    `skin:${a.skin}`,
    ...new Set(a.rules.map((r) => `rule:${r.id}`)),
    ...new Set(a.rules.map((r) => `domain:${r.domain}`)),
    ...new Set(a.classes.map((c) => `class:${c}`)),
  ];
}

const ALL = "all";
const key = (clinic: string, age: string, sex: string, period: string, measure: string) =>
  `${clinic}|${age}|${sex}|${period}|${measure}`;

/** Every cube cell (year or all time) an assessment counts in: the offered combinations. */
function cellsOf(a: Assessment): string[] {
  const out: string[] = [];
  const year = a.at.slice(0, 4);
  for (const clinic of [ALL, a.clinicId])
    for (const age of [ALL, a.ageBand])
      for (const sex of [ALL, a.sex])
        for (const period of [ALL, year]) {
          if (!offered({ clinic, period, ageBand: age, sex })) continue;
          for (const m of measuresOf(a)) out.push(key(clinic, age, sex, period, m));
        }
  return out;
}

/** True counts and key sums per cell; a batch is an overlay on the base (cheap per victim). */
export class Tally {
  private readonly cells = new Map<string, { n: number; k: number }>();
  private readonly shown = new Map<string, Obs>();
  constructor(private readonly base?: Tally) {}
  add(list: Iterable<Assessment>): this {
    for (const a of list) {
      for (const c of cellsOf(a)) {
        const was = this.cells.get(c) ?? this.base?.get(c) ?? { n: 0, k: 0 };
        this.cells.set(c, { n: was.n + 1, k: mod(was.k + a.key) });
      }
    }
    return this;
  }
  get(c: string): { n: number; k: number } | undefined {
    return this.cells.get(c) ?? this.base?.get(c);
  }
  /** The cell as the engine publishes it (release.ts: the salt is its clinic's key sum in its period). */
  published(c: string, threshold: number): Obs {
    let o = this.shown.get(c);
    if (o === undefined) {
      o = this.publish(c, threshold);
      this.shown.set(c, o);
    }
    return o;
  }
  private publish(c: string, threshold: number): Obs {
    const [clinic, , , period] = c.split("|");
    const { n, k } = this.get(c) ?? { n: 0, k: 0 };
    const salt = this.get(key(clinic, ALL, ALL, period, "total"))?.k ?? 0;
    const v = publishedValue(n, k, salt);
    return v > 0 && v < threshold ? "small" : v;
  }
}

export interface Verdict {
  measure: string;
  /** Whether the victim has the measure (age and sex: always true, the value is judged). */
  present: boolean;
  /** The attacker's best guess is right. */
  attack: boolean;
  /** The baseline's guess (the published marginals of the victim's clinic) is right. */
  baseline: boolean;
  /** The attacker's posterior leaves no doubt (one answer has probability exactly 0). */
  certain: boolean;
}

const prevalence = (o: Obs, threshold: number) =>
  o === 0 ? 0.5 : o === "small" ? threshold / 2 : o;

/** log Σ exp, for lists that may hold −∞ (an excluded hypothesis). */
function logSum(xs: number[]): number {
  const top = Math.max(...xs);
  if (top === Number.NEGATIVE_INFINITY) return top;
  return top + Math.log(xs.reduce((a, x) => a + Math.exp(x - top), 0));
}

/**
 * Every measure of the catalogue (and the age band and sex) of the victim, judged by the
 * attacker from `before` and `after`, knowing `known` (the batch but the victim).
 */
export function attack(
  cat: Catalogue,
  before: Tally,
  after: Tally,
  known: Assessment[],
  victim: Assessment,
  threshold: number,
): Verdict[] {
  const clinic = victim.clinicId;
  const year = victim.at.slice(0, 4);
  const mine = new Tally().add(known);
  const ages = cat.ageBands.map((x) => x.key);
  const sexes = cat.sexes.map((x) => x.key);
  const hyps = ages.flatMap((age) => sexes.map((sex) => ({ age, sex })));
  /** log-likelihood of every cell of a measure: if the victim lacks it, and per (age, sex) if not. */
  const coords: { c: string; age: string; sex: string; period: string; holds: boolean[] }[] = [];
  for (const c of [ALL, clinic])
    for (const age of [ALL, ...ages])
      for (const sex of [ALL, ...sexes])
        for (const period of [ALL, year]) {
          if (!offered({ clinic: c, period, ageBand: age, sex })) continue;
          const holds = hyps.map(
            (h) => (age === ALL || age === h.age) && (sex === ALL || sex === h.sex),
          );
          coords.push({ c, age, sex, period, holds });
        }
  function evidence(measure: string) {
    let without = 0;
    const withIt = hyps.map(() => 0);
    for (const { c, age, sex, period, holds } of coords) {
      const cell = key(c, age, sex, period, measure);
      const o1 = before.published(cell, threshold);
      const o2 = after.published(cell, threshold);
      const k = mine.get(cell)?.n ?? 0;
      const l0 = Math.log(cellLikelihood(o1, o2, k, 0, threshold));
      const l1 = Math.log(cellLikelihood(o1, o2, k, 1, threshold));
      without += l0;
      for (let i = 0; i < holds.length; i++) withIt[i] += holds[i] ? l1 : l0;
    }
    return { without, withIt };
  }
  const at = (age: string, sex: string, m: string) =>
    before.published(key(clinic, age, sex, ALL, m), threshold);
  const clinicTotal = prevalence(at(ALL, ALL, "total"), threshold);
  const share = (o: Obs) =>
    Math.min(0.999, Math.max(0.001, prevalence(o, threshold) / clinicTotal));
  // The victim is in the batch: every "total" cell of its (age, sex) holds it.
  const prior = hyps.map((h) =>
    Math.log(share(at(h.age, ALL, "total")) * share(at(ALL, h.sex, "total"))),
  );
  const t = evidence("total");
  const joint = hyps.map((_, i) => prior[i] + t.withIt[i]);
  const norm = logSum(joint);
  const post = joint.map((x) => x - norm);
  const verdicts: Verdict[] = [];
  for (const [name, values, truth] of [
    ["age", ages, victim.ageBand],
    ["sex", sexes, victim.sex],
  ] as const) {
    const pick = (h: { age: string; sex: string }) => (name === "age" ? h.age : h.sex);
    const score = (v: string, logs: number[]) =>
      logSum(hyps.flatMap((h, i) => (pick(h) === v ? [logs[i]] : [])));
    const guess = (logs: number[]) =>
      values.reduce((best, v) => (score(v, logs) > score(best, logs) ? v : best), values[0]);
    verdicts.push({
      measure: name,
      present: true,
      attack: guess(post) === truth,
      baseline: guess(prior) === truth,
      certain: values.some((v) => score(v, post) === 0),
    });
  }
  const has = new Set(measuresOf(victim));
  const names = catalogueMeasures(cat)
    .map((m) => m.key)
    .filter((m) => m !== "total");
  for (const m of names) {
    const pi = share(at(ALL, ALL, m));
    const e = evidence(m);
    // P(b = 1) ∝ π Σ_h P(h | totals) Λ_h(1); P(b = 0) ∝ (1 − π) Λ(0).
    const yes = Math.log(pi) + logSum(hyps.map((_, i) => post[i] + e.withIt[i]));
    const no = Math.log(1 - pi) + e.without;
    const present = has.has(m);
    verdicts.push({
      measure: m,
      present,
      attack: yes > no === present,
      baseline: pi > 0.5 === present,
      certain: (yes === Number.NEGATIVE_INFINITY) !== (no === Number.NEGATIVE_INFINITY),
    });
  }
  return verdicts;
}
