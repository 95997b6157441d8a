import { type BundlesResult, kb } from "./bundles.js";
import { countLabel } from "./county.js";
import type { EvaluationsResult } from "./evaluations.js";
import type { ImportResult } from "./import.js";
import type { IntakeResult } from "./intake.js";
import type { KpisResult } from "./kpis.js";
import type { ListsResult } from "./lists.js";
import type { RlsResult } from "./rls.js";
import type { StartupResult } from "./startup.js";
import type { TenantsResult } from "./tenants.js";

/** What `pnpm bench widgets` writes (the widgets' browser suite). */
export interface WidgetsResult {
  budgetMs: number;
  cpuThrottle: number;
  loads: number[];
  medianMs: number;
}

/** The results files of one results folder, by bench name; any may be missing. */
export interface Results {
  intake?: IntakeResult;
  widgets?: WidgetsResult;
  kpis?: KpisResult;
  evaluations?: EvaluationsResult;
  import?: ImportResult;
  rls?: RlsResult;
  tenants?: TenantsResult;
  startup?: StartupResult;
  lists?: ListsResult;
  bundles?: BundlesResult;
}

/** Every bench, in the order `pnpm bench all` runs them and the summary lists them. */
export const BENCHES = [
  "intake",
  "widgets",
  "kpis",
  "evaluations",
  "lists",
  "import",
  "rls",
  "tenants",
  "startup",
  "bundles",
] as const satisfies readonly (keyof Results)[];

/** One row of the summary: a figure, its ratio where it has one, its goal and whether it is met. */
export interface Figure {
  bench: keyof Results;
  figure: string;
  value: string;
  ratio: string;
  goal: string;
  /** null: a figure reported without a goal. */
  met: boolean | null;
}

/** Where the results were measured and when the summary was written. */
export interface Environment {
  date: string;
  commit: string;
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  postgres: string | null;
}

const ms = (n: number) => `${n} ms`;
const s = (millis: number) => `${(millis / 1000).toFixed(2)} s`;
const x = (n: number) => `${n}×`;
const bySize = (sizes: readonly { medianMs: number }[], count: (i: number) => number) =>
  sizes.map((size, i) => `${countLabel(count(i))}: ${ms(size.medianMs)}`).join(", ");

/** Every figure of the results present, in bench order. */
export function figuresOf(r: Results): Figure[] {
  const out: Figure[] = [];
  const add = (bench: keyof Results, f: Omit<Figure, "bench">) => out.push({ bench, ...f });
  if (r.intake) {
    const i = r.intake;
    add("intake", {
      figure: `POST cases through the API, ${i.connections} connections`,
      value: `${i.api.perSecond} cases/s`,
      ratio: x(i.ratio),
      goal: "≥ 0.5× raw postgres.js",
      met: i.goals.ratio,
    });
    add("intake", {
      figure: "raw postgres.js inserts of the same rows",
      value: `${i.raw.perSecond} cases/s`,
      ratio: "",
      goal: "",
      met: null,
    });
    add("intake", {
      figure: "statements in one POST cases",
      value: String(i.perRequest.statements),
      ratio: "",
      goal: "≤ 12",
      met: i.goals.statements,
    });
    add("intake", {
      figure: "transactions in one POST cases",
      value: String(i.perRequest.transactions),
      ratio: "",
      goal: "1",
      met: i.goals.transactions,
    });
    add("intake", {
      figure: `${i.connections} connections against 1`,
      value: `${i.api.perSecond} against ${i.apiOneConnection.perSecond} cases/s`,
      ratio: x(Math.round((i.api.perSecond / i.apiOneConnection.perSecond) * 100) / 100),
      goal: "> 1×",
      met: i.goals.eightFasterThanOne,
    });
  }
  if (r.widgets) {
    const w = r.widgets;
    add("widgets", {
      figure: `complaint form's first render after its scripts, CPU ${w.cpuThrottle}× slower`,
      value: `${ms(w.medianMs)} (median of ${w.loads.length})`,
      ratio: "",
      goal: `≤ ${ms(w.budgetMs)}`,
      met: w.medianMs <= w.budgetMs,
    });
  }
  for (const [bench, request] of [
    ["kpis", "GET kpis/cases"],
    ["evaluations", "POST evaluations {period}"],
  ] as const) {
    const k = r[bench];
    if (!k) continue;
    add(bench, {
      figure: `${request}, by cases`,
      value: bySize(k.sizes, (i) => k.sizes[i]?.cases ?? 0),
      ratio: x(k.ratio),
      goal: `≤ ${x(k.goal.ratio)}`,
      met: k.goal.met,
    });
  }
  if (r.lists) {
    const l = r.lists;
    for (const list of l.lists) {
      add("lists", {
        figure: `${list.request}, ${list.page} page, by rows`,
        value: bySize(list.sizes, (i) => list.sizes[i]?.rows ?? 0),
        ratio: x(list.ratio),
        goal: `≤ ${x(l.goal.ratio)}`,
        met: list.met,
      });
    }
  }
  if (r.import) {
    for (const run of r.import.runs) {
      add("import", {
        figure: `import ${run.rows} compounds from CSV, ${run.driver}, commit`,
        value: `${run.commitSeconds} s (${run.rowsPerSecond} rows/s)`,
        ratio: "",
        goal: `≤ ${r.import.goal.seconds} s`,
        met: run.goalMet,
      });
    }
  }
  if (r.rls) {
    const q = r.rls;
    for (const query of q.queries) {
      add("rls", {
        figure: `${query.query}, app role under RLS against the owner`,
        value: `${ms(query.appMs)} against ${ms(query.ownerMs)}`,
        ratio: x(query.ratio),
        goal: "",
        met: null,
      });
    }
    add("rls", {
      figure: `RLS overhead, geometric mean (${countLabel(q.cases)} cases, ${q.counties} counties)`,
      value: "",
      ratio: x(q.ratio),
      goal: `≤ ${x(q.goal.ratio)}`,
      met: q.goal.met,
    });
  }
  if (r.tenants) {
    const t = r.tenants;
    for (const req of t.requests) {
      add("tenants", {
        figure: `${req.request}, ${t.counties} counties against 1`,
        value: `${ms(req.manyMs)} against ${ms(req.oneMs)}`,
        ratio: x(req.ratio),
        goal: `≤ ${x(t.goal.ratio)}`,
        met: req.ratio <= t.goal.ratio,
      });
    }
    add("tenants", {
      figure: "database size per county added",
      value: kb(t.storage.perCountyBytes),
      ratio: "",
      goal: "",
      met: null,
    });
  }
  if (r.startup) {
    const st = r.startup;
    add("startup", {
      figure: "first start on an empty folder, demo loaded (PGlite)",
      value: `${s(st.firstStart.medianMs)}, RSS ${st.rssMiB.firstStart} MiB`,
      ratio: "",
      goal: `≤ ${s(st.goals.firstStartMs.max)}`,
      met: st.goals.firstStartMs.met,
    });
    add("startup", {
      figure: "restart on that folder against PGlite's own open",
      value: `${s(st.restart.medianMs)} against ${s(st.pgliteOpen.medianMs)}, RSS ${st.rssMiB.restart} MiB`,
      ratio: x(st.ratio),
      goal: `≤ ${x(st.goals.ratio.max)}`,
      met: st.goals.ratio.met,
    });
  }
  if (r.bundles) {
    for (const b of r.bundles.bundles) {
      add("bundles", {
        figure: `${b.name} (${b.files.length} file${b.files.length === 1 ? "" : "s"})`,
        value: `${kb(b.bytes)}, ${kb(b.gzipBytes)} gzip`,
        ratio: "",
        goal: b.goal ? `≤ ${kb(b.goal.gzipBytes)} gzip` : "",
        met: b.goal ? b.goal.met : null,
      });
    }
  }
  return out;
}

/** When each bench ran, from its result (the widgets' result carries no date). */
function ranAt(r: Results): string[] {
  return BENCHES.flatMap((name) => {
    const result = r[name];
    if (!result) return [];
    return [`${name} ${"at" in result ? result.at.slice(0, 16).replace("T", " ") : "(no date)"}`];
  });
}

const cell = (v: string) => v.replaceAll("|", "\\|").replaceAll("\n", " ");

/** bench/results/README.md: one table of every figure, its ratio, its goal and whether it is met. */
export function summaryMarkdown(r: Results, env: Environment): string {
  const figures = figuresOf(r);
  const goals = figures.filter((f) => f.met !== null);
  const met = goals.filter((f) => f.met).length;
  const missing = BENCHES.filter((name) => !r[name]);
  return [
    "# Benchmark results",
    "",
    `Written by \`pnpm bench summary\` on ${env.date} at commit ${env.commit}, on ${env.cpu} (${env.cores} cores, ${env.ramGiB} GiB RAM), Node ${env.node}, PostgreSQL ${env.postgres ?? "unknown"}.`,
    "",
    `${met} of ${goals.length} goals met.${missing.length > 0 ? ` No results for: ${missing.join(", ")}.` : ""}`,
    "",
    "| bench | figure | value | ratio | goal | met |",
    "|---|---|---|---|---|---|",
    ...figures.map(
      (f) =>
        `| ${f.bench} | ${cell(f.figure)} | ${cell(f.value)} | ${f.ratio} | ${cell(f.goal)} | ${f.met === null ? "" : f.met ? "yes" : "**no**"} |`,
    ),
    "",
    `Ran: ${ranAt(r).join("; ")}. Each bench's own table is in its \`<bench>.md\`, its figures in \`<bench>.json\`.`,
    "",
    "![latency against data size](latency.svg)",
    "",
  ].join("\n");
}
