import { searchMedications, defaultChoice } from "./lib/medications/search";
const names = process.argv.slice(2).join(" ").split("|");
for (const n of names) {
  const r = searchMedications(n, 5);
  const d = defaultChoice(r);
  console.log(n.padEnd(28), d ? "DEFAULT " + d.medication.id + "/" + d.kind : "-", "|", r.slice(0,3).map(x => `${x.medication.id}:${x.kind}:${x.matched}`).join(", "));
}
