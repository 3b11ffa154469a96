// The benchmark's one table: measure, result, target, and whether the target was met.

export function printTable(rows) {
  const cells = [
    ["Measure", "Result", "Target", "Met"],
    ...rows.map(([m, r, t, met]) => [m, r, t, met === null ? "" : met ? "yes" : "NO"]),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...cells.map((c) => String(c[i]).length)));
  const line = (c) => `| ${c.map((v, i) => String(v).padEnd(widths[i])).join(" | ")} |`;
  console.log(`\n${line(cells[0])}`);
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const c of cells.slice(1)) console.log(line(c));
  console.log(
    `\nMeasured ${new Date().toISOString()} on ${process.platform}, Node ${process.version}.`,
  );
}
