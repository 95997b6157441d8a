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

export interface KpisOptions {
  /** A PostgreSQL server the bench may create and drop a database on. */
  databaseUrl: string;
  /** Case counts of the county, ascending (the data grows from one size to the next). */
  sizes: number[];
  /** Timed requests per size (after warm-up ones). */
  repeats: number;
  /** When the generated cases were received (see `generateCases`). */
  spread: CaseSpread;
}

/** Median and spread of `GET kpis/cases` (the current month, a county admin), ms. */
export interface KpisSize extends Timing {
  cases: number;
  rollupRows: number;
  /** Seconds the generator took to reach this size from the one before. */
  generateSeconds: number;
}

export interface KpisResult {
  bench: "kpis";
  at: string;
  machine: Machine;
  repeats: number;
  spread: CaseSpread;
  sizes: KpisSize[];
  /** The largest size's median ÷ the smallest's. */
  ratio: number;
  goal: { ratio: number; met: boolean };
}

const GOAL = 1.5;

/**
 * `GET kpis/cases` through the real HTTP server at growing case counts of one county (the demo
 * county plus generated cases, see `generateCases`), on its own database on the local PostgreSQL.
 */
export function benchKpis(options: KpisOptions): Promise<KpisResult> {
  return withBenchCounty(options.databaseUrl, "kpis", options.spread, async (county) => {
    const path = `/v1/tenants/${TENANT}/kpis/cases`;
    const sizes: KpisSize[] = [];
    for (const size of options.sizes) {
      const grown = await county.growTo(size);
      const [{ rows }] =
        (await county.owner`select count(*)::int as rows from case_rollups where tenant_id = ${county.tenantId}`) as unknown as [
          { rows: number },
        ];
      const timing = await timeRequests(options.repeats, async () => {
        const res = await county.client.json("GET", path);
        if (res.status !== 200)
          throw new Error(`GET kpis/cases answered ${res.status}: ${JSON.stringify(res.body)}`);
      });
      sizes.push({ cases: grown.cases, rollupRows: rows, generateSeconds: grown.generateSeconds, ...timing });
      process.stderr.write(`bench kpis: ${JSON.stringify(sizes.at(-1))}\n`);
    }
    const ratio = sizeRatio(sizes);
    return {
      bench: "kpis",
      at: new Date().toISOString(),
      machine: county.machine,
      repeats: options.repeats,
      spread: options.spread,
      sizes,
      ratio,
      goal: { ratio: GOAL, met: ratio <= GOAL },
    };
  });
}

export function kpisMarkdown(r: KpisResult): string {
  return [
    `kpis, median of ${r.repeats} requests per size, ${spreadLabel(r.spread)}, on ${r.machine.cpus} cores, Node ${r.machine.node}, PostgreSQL ${r.machine.postgres} (${r.at})`,
    "",
    ...sizesTable("GET kpis/cases", r),
  ].join("\n");
}
