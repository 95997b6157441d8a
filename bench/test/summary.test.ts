import { SaxesParser } from "saxes";
import { describe, expect, it } from "vitest";
import type { BundlesResult } from "../src/bundles.js";
import { latencySeries, latencySvg } from "../src/chart.js";
import type { KpisResult } from "../src/kpis.js";
import type { ListsResult } from "../src/lists.js";
import { type Environment, figuresOf, type Results, summaryMarkdown } from "../src/summary.js";

const machine = { cpus: 2, node: "v20.20.2", postgres: "15.14" };
const at = "2026-12-07T12:00:00.000Z";
const timing = (medianMs: number) => ({ medianMs, minMs: medianMs - 1, maxMs: medianMs + 1 });

const kpis: KpisResult = {
  bench: "kpis",
  at,
  machine,
  repeats: 15,
  spread: { perDay: 300 },
  sizes: [
    { cases: 10_000, rollupRows: 900, generateSeconds: 1, ...timing(21) },
    { cases: 100_000, rollupRows: 9000, generateSeconds: 9, ...timing(30) },
    { cases: 1_000_000, rollupRows: 90_000, generateSeconds: 90, ...timing(31.5) },
  ],
  ratio: 1.5,
  goal: { ratio: 1.5, met: true },
};

const evaluations = {
  bench: "evaluations",
  at,
  machine,
  period: "2026-12",
  repeats: 5,
  spread: { perDay: 300 },
  sizes: [
    { cases: 10_000, generateSeconds: 1, findings: 3, byPolicy: {}, ...timing(150) },
    { cases: 100_000, generateSeconds: 9, findings: 3, byPolicy: {}, ...timing(1352) },
  ],
  ratio: 9.01,
  goal: { ratio: 3, met: false },
} satisfies Results["evaluations"];

const lists: ListsResult = {
  bench: "lists",
  at,
  machine,
  repeats: 30,
  limit: 50,
  depth: 0.9,
  sizes: [
    { rows: 10_000, generateSeconds: 1 },
    { rows: 100_000, generateSeconds: 8 },
  ],
  lists: [
    {
      list: "tasks",
      request: "GET /v1/tenants/mengcheng/tasks",
      page: "first",
      sizes: [
        { rows: 10_000, ...timing(6) },
        { rows: 100_000, ...timing(6.3) },
      ],
      ratio: 1.05,
      met: true,
    },
    {
      list: "tasks",
      request: "GET /v1/tenants/mengcheng/tasks",
      page: "deep",
      sizes: [
        { rows: 10_000, ...timing(7) },
        { rows: 100_000, ...timing(9.1) },
      ],
      ratio: 1.3,
      met: false,
    },
  ],
  ratio: 1.3,
  goal: { ratio: 1.2, met: false },
};

const bundles: BundlesResult = {
  bench: "bundles",
  at,
  machine: { node: "v20.20.2" },
  bundles: [
    {
      name: "widgets",
      what: "the widget bundle",
      files: [{ file: "packages/widgets/dist/propgov-widgets.js", bytes: 65_851, gzipBytes: 23_832 }],
      bytes: 65_851,
      gzipBytes: 23_832,
      goal: { gzipBytes: 30_720, met: true },
    },
  ],
  goal: { met: true },
};

const results: Results = {
  kpis,
  evaluations,
  lists,
  bundles,
  widgets: { budgetMs: 100, cpuThrottle: 4, loads: [40, 42, 45], medianMs: 42 },
};

const env: Environment = {
  date: "2026-12-07 12:30 UTC",
  commit: "abc1234",
  cpu: "AMD EPYC 7B13",
  cores: 2,
  ramGiB: 7.8,
  node: "v20.20.2",
  postgres: "15.14",
};

/** Parses `xml` with a strict XML parser; the names of the elements it opened. */
function elements(xml: string): string[] {
  const parser = new SaxesParser({ xmlns: true });
  const names: string[] = [];
  parser.on("error", (error) => {
    throw error;
  });
  parser.on("opentag", (tag) => names.push(tag.local));
  parser.write(xml).close();
  return names;
}

describe("the summary", () => {
  const markdown = summaryMarkdown(results, env);

  it("has a row for every figure, with its ratio, its goal and whether it is met", () => {
    const rows = markdown
      .split("\n")
      .filter((line) => /^\| (kpis|evaluations|lists|bundles|widgets) \|/.test(line));
    expect(rows).toHaveLength(figuresOf(results).length);
    expect(rows).toContain(
      "| kpis | GET kpis/cases, by cases | 10k: 21 ms, 100k: 30 ms, 1M: 31.5 ms | 1.5× | ≤ 1.5× | yes |",
    );
    expect(rows).toContain(
      "| evaluations | POST evaluations {period}, by cases | 10k: 150 ms, 100k: 1352 ms | 9.01× | ≤ 3× | **no** |",
    );
    expect(rows).toContain(
      "| lists | GET /v1/tenants/mengcheng/tasks, deep page, by rows | 10k: 7 ms, 100k: 9.1 ms | 1.3× | ≤ 1.2× | **no** |",
    );
    expect(rows).toContain(
      "| lists | GET /v1/tenants/mengcheng/tasks, first page, by rows | 10k: 6 ms, 100k: 6.3 ms | 1.05× | ≤ 1.2× | yes |",
    );
    expect(rows).toContain(
      "| bundles | widgets (1 file) | 64.3 kB, 23.3 kB gzip |  | ≤ 30.0 kB gzip | yes |",
    );
    expect(
      rows.some((r) => r.startsWith("| widgets |") && r.includes("42 ms") && r.includes("≤ 100 ms")),
    ).toBe(true);
  });

  it("names the date, the machine and the commit, the goals met, and the benches without results", () => {
    expect(markdown).toContain(
      "on 2026-12-07 12:30 UTC at commit abc1234, on AMD EPYC 7B13 (2 cores, 7.8 GiB RAM), Node v20.20.2, PostgreSQL 15.14.",
    );
    expect(markdown).toContain("4 of 6 goals met.");
    expect(markdown).toContain("No results for: intake, import, rls, tenants, startup.");
  });
});

describe("the latency chart", () => {
  const series = latencySeries(results);

  it("has a series for KPIs, evaluations and the lists' slowest first and deep pages", () => {
    expect(series.map((s) => s.name)).toEqual([
      "GET kpis/cases",
      "POST evaluations",
      "lists, slowest first page",
      "lists, slowest deep page",
    ]);
    expect(series[3]?.points).toEqual([
      { size: 10_000, ms: 7 },
      { size: 100_000, ms: 9.1 },
    ]);
  });

  it("is well-formed SVG with one path per series and a marker per point", () => {
    const svg = latencySvg(series);
    const names = elements(svg);
    expect(names[0]).toBe("svg");
    expect(names.filter((n) => n === "path")).toHaveLength(series.length);
    expect(names.filter((n) => n === "circle")).toHaveLength(series.reduce((n, s) => n + s.points.length, 0));
    for (const label of ["10k", "100k", "1M"]) expect(svg).toContain(`>${label}</text>`);
  });

  it("escapes names and stays well-formed with no series", () => {
    const svg = latencySvg([{ name: "a < b & c", points: [{ size: 10_000, ms: 5 }] }]);
    expect(elements(svg).filter((n) => n === "path")).toHaveLength(1);
    expect(svg).toContain("a &lt; b &amp; c");
    expect(elements(latencySvg([])).filter((n) => n === "path")).toHaveLength(0);
  });
});
