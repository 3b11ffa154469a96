import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { type DataColumn, DataTable } from "./data-table";

interface Fruit {
  name: string;
  count: number;
}

const columns: DataColumn<Fruit>[] = [
  { key: "name", header: "Fruit", cell: (f) => f.name },
  { key: "count", header: "Count", numeric: true, cell: (f) => f.count },
  {
    key: "note",
    header: "Note",
    cell: (f) => (f.count > 2 ? "many" : "few"),
    cellClassName: (f) => (f.count > 2 ? "font-semibold" : ""),
  },
];
const rows: Fruit[] = [
  { name: "Apple", count: 3 },
  { name: "Pear", count: 1 },
];

const render = (props: Partial<Parameters<typeof DataTable<Fruit>>[0]> = {}) =>
  renderToStaticMarkup(
    <DataTable
      caption="Fruit in the bowl"
      columns={columns}
      rows={rows}
      rowKey={(f) => f.name}
      {...props}
    />,
  );

describe("DataTable", () => {
  it("names the table with a caption, visible unless hidden", () => {
    expect(render()).toContain(
      '<caption class="mb-1 text-left font-medium text-slate-800">Fruit in the bowl</caption>',
    );
    expect(render({ captionHidden: true })).toContain(
      '<caption class="sr-only">Fruit in the bowl</caption>',
    );
  });

  it("gives every column a header with scope col, numeric ones right-aligned", () => {
    const html = render();
    expect(html).toContain('<th scope="col" class="p-2">Fruit</th>');
    expect(html).toContain('<th scope="col" class="p-2 text-right">Count</th>');
    expect(html.match(/scope="col"/g)).toHaveLength(3);
  });

  it("makes the first column the row header and the rest data cells", () => {
    const html = render();
    expect(html).toContain('<th scope="row" class="p-2">Apple</th>');
    expect(html).toContain('<td class="p-2 text-right tabular-nums">3</td>');
    expect(html.match(/scope="row"/g)).toHaveLength(2);
    expect(html.match(/<td /g)).toHaveLength(4);
  });

  it("adds a column's per-row classes and the compact padding", () => {
    const html = render({ compact: true });
    expect(html).toContain('<td class="p-1 font-semibold">many</td>');
    expect(html).toContain('<td class="p-1">few</td>');
  });
});
