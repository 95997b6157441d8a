import {
  type Machine,
  sizeRatio,
  sizesTable,
  spreadLabel,
  type Timing,
  timeRequests,
  withBenchCounty,
} from "./county.js";
import type { CaseSpread } from "./generate.js";
import { TENANT } from "./intake.js";

export interface EvaluationsOptions {
  /** A PostgreSQL server the bench may create and drop a database on. */
  databaseUrl: string;
  /** Case counts of the county, ascending (the data grows from one size to the next). */
  sizes: number[];
  /** Timed evaluations per size (after warm-up ones). */
  repeats: number;
  /** When the generated cases were received (see `generateCases`). */
  spread: CaseSpread;
}

/** Median and spread of `POST evaluations {period}` (the current month, the county admin), ms. */
export interface EvaluationsSize extends Timing {
  cases: number;
  /** Seconds the generator took to reach this size from the one before. */
  generateSeconds: number;
  /** Findings the last run stored, by policy. */
  findings: number;
  byPolicy: Record<string, number>;
}

export interface EvaluationsResult {
  bench: "evaluations";
  at: string;
  machine: Machine;
  period: string;
  repeats: number;
  spread: CaseSpread;
  sizes: EvaluationsSize[];
  /** The largest size's median ÷ the smallest's. */
  ratio: number;
  goal: { ratio: number; met: boolean };
}

const GOAL = 3;

interface EvaluationBody {
  findingCount: number;
  byPolicy: Record<string, number>;
}

/**
 * `POST evaluations {period}` of the current month through the real HTTP server at growing case
 * counts of one county (the demo county plus generated cases, see `generateCases`), on its own
 * database on the local PostgreSQL. Each run re-evaluates the same period (its findings upserted).
 */
export function benchEvaluations(options: EvaluationsOptions): Promise<EvaluationsResult> {
  return withBenchCounty(options.databaseUrl, "evaluations", options.spread, async (county) => {
    const path = `/v1/tenants/${TENANT}/evaluations`;
    // The month in the demo county's zone.
    const period = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" })
      .format(new Date())
      .slice(0, 7);
    const sizes: EvaluationsSize[] = [];
    for (const size of options.sizes) {
      const grown = await county.growTo(size);
      let last: EvaluationBody | undefined;
      const timing = await timeRequests(
        options.repeats,
        async () => {
          const res = await county.client.json("POST", path, { period });
          if (res.status !== 201)
            throw new Error(`POST evaluations answered ${res.status}: ${JSON.stringify(res.body)}`);
          last = res.body as EvaluationBody;
        },
        2,
      );
      sizes.push({
        cases: grown.cases,
        generateSeconds: grown.generateSeconds,
        ...timing,
        findings: last?.findingCount ?? 0,
        byPolicy: last?.byPolicy ?? {},
      });
      process.stderr.write(`bench evaluations: ${JSON.stringify(sizes.at(-1))}\n`);
    }
    const ratio = sizeRatio(sizes);
    return {
      bench: "evaluations",
      at: new Date().toISOString(),
      machine: county.machine,
      period,
      repeats: options.repeats,
      spread: options.spread,
      sizes,
      ratio,
      goal: { ratio: GOAL, met: ratio <= GOAL },
    };
  });
}

export function evaluationsMarkdown(r: EvaluationsResult): string {
  return [
    `evaluations of ${r.period}, median of ${r.repeats} runs per size, ${spreadLabel(r.spread)}, on ${r.machine.cpus} cores, Node ${r.machine.node}, PostgreSQL ${r.machine.postgres} (${r.at})`,
    "",
    ...sizesTable("POST evaluations", r),
    "",
    `findings stored: ${r.sizes.map((s) => `${s.findings} at ${s.cases} cases`).join(", ")}`,
  ].join("\n");
}
