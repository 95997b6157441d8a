import { countLabel, type Machine, type Timing, withBenchCounty } from "./county.js";
import { TENANT } from "./intake.js";
import { type ListTable, listGrower, listOwners } from "./list-rows.js";
import { median } from "./load.js";
import type { HttpClient } from "./server.js";

export interface ListsOptions {
  /** A PostgreSQL server the bench may create and drop a database on. */
  databaseUrl: string;
  /** Rows of each list's table in the county, ascending (the data grows from one size to the next). */
  sizes: number[];
  /** Timed rounds per size, each one request of every page in turn (after ten untimed rounds). */
  repeats: number;
}

/** One list's page, as `GET path` answers the county admin. */
interface ListSpec {
  name: string;
  path: string;
  table: "cases" | ListTable;
  /** The list's order by id: newest first (`desc`) or oldest first. */
  order: "asc" | "desc";
  /** The rows the list shows, for the deep cursor (SQL over the table, `$2` the admin's id). */
  where?: string;
}

const LIMIT = 50;
const GOAL = 1.2;
/** The deep page starts after this share of the list's rows. */
const DEPTH = 0.9;

const LISTS: ListSpec[] = [
  { name: "cases, newest first", path: `/v1/tenants/${TENANT}/cases`, table: "cases", order: "desc" },
  {
    name: "cases by status",
    path: `/v1/tenants/${TENANT}/cases?status=rated`,
    table: "cases",
    order: "desc",
    where: "status = 'rated'",
  },
  {
    name: "compounds",
    path: `/v1/tenants/${TENANT}/compounds`,
    table: "compounds",
    order: "asc",
    where: "archived_at is null",
  },
  { name: "tasks", path: `/v1/tenants/${TENANT}/tasks`, table: "tasks", order: "desc" },
  { name: "audit events", path: `/v1/tenants/${TENANT}/audit-events`, table: "audit_events", order: "desc" },
  {
    name: "notifications",
    path: "/v1/auth/me/notifications",
    table: "notifications",
    order: "desc",
    where: "user_id = $2",
  },
];

export interface ListPageSize extends Timing {
  /** Rows of the list's table in the county at this size. */
  rows: number;
}

/** One list's first page or deep cursor page at every size. */
export interface ListFigure {
  list: string;
  request: string;
  page: "first" | "deep";
  sizes: ListPageSize[];
  /** The largest size's median ÷ the smallest's. */
  ratio: number;
  met: boolean;
}

export interface ListsResult {
  bench: "lists";
  at: string;
  machine: Machine;
  repeats: number;
  limit: number;
  /** How deep the deep page is: it starts after this share of the list's rows. */
  depth: number;
  sizes: { rows: number; generateSeconds: number }[];
  lists: ListFigure[];
  /** The largest ratio of all. */
  ratio: number;
  goal: { ratio: number; met: boolean };
}

const encodeCursor = (id: string) => Buffer.from(id).toString("base64url");

/**
 * Every main list's first page and a deep cursor page (after 90% of its rows) through the real
 * HTTP server, as the county admin, at growing row counts of one county: the cases with the KPI
 * bench's generator (`generateCases`), the compounds, tasks, audit events and the admin's
 * notifications with `listGrower`, on a database of its own on the local PostgreSQL.
 */
export function benchLists(options: ListsOptions): Promise<ListsResult> {
  return withBenchCounty(options.databaseUrl, "lists", { perDay: 300 }, async (county) => {
    const owners = await listOwners(county.owner, county.tenantId, "admin");
    const grower = listGrower(county.owner, owners);
    const sizes: ListsResult["sizes"] = [];
    const timings = new Map<string, ListPageSize[]>();
    for (const size of options.sizes) {
      const grown = await county.growTo(size);
      const generateSeconds = grown.generateSeconds + (await grower.growTo(size));
      sizes.push({ rows: size, generateSeconds: Math.round(generateSeconds * 10) / 10 });
      const pages: { list: ListSpec; page: "first" | "deep"; path: string }[] = [];
      for (const list of LISTS) {
        const deep = await deepCursor(county.owner, list, county.tenantId, owners.userId);
        const sep = list.path.includes("?") ? "&" : "?";
        pages.push({ list, page: "first", path: `${list.path}${sep}limit=${LIMIT}` });
        pages.push({ list, page: "deep", path: `${list.path}${sep}limit=${LIMIT}&cursor=${deep}` });
      }
      // Ten untimed rounds, then `repeats` timed rounds of every page in turn: the server's warm-up
      // is paid before, and a burst of load on the shared machine falls on every page alike.
      const times = pages.map(() => [] as number[]);
      for (let round = 0; round < options.repeats + 10; round++) {
        for (const [i, p] of pages.entries()) {
          const t = performance.now();
          await get(county.client, p.path);
          if (round >= 10) times[i]?.push(performance.now() - t);
        }
      }
      for (const [i, { list, page }] of pages.entries()) {
        const timing = timingOf(times[i] ?? []);
        const key = `${list.name}\0${page}`;
        timings.set(key, [...(timings.get(key) ?? []), { rows: size, ...timing }]);
        process.stderr.write(
          `bench lists: ${list.name}, ${page} page, ${countLabel(size)}: ${timing.medianMs} ms\n`,
        );
      }
    }
    const lists: ListFigure[] = LISTS.flatMap((list) =>
      (["first", "deep"] as const).map((page) => {
        const rows = timings.get(`${list.name}\0${page}`) ?? [];
        const ratio = ratioOf(rows);
        return { list: list.name, request: `GET ${list.path}`, page, sizes: rows, ratio, met: ratio <= GOAL };
      }),
    );
    const ratio = Math.max(...lists.map((l) => l.ratio));
    return {
      bench: "lists",
      at: new Date().toISOString(),
      machine: county.machine,
      repeats: options.repeats,
      limit: LIMIT,
      depth: DEPTH,
      sizes,
      lists,
      ratio,
      goal: { ratio: GOAL, met: ratio <= GOAL },
    };
  });
}

/** One page, as the county admin; a page that is not a 200 with items fails the bench. */
async function get(client: HttpClient, path: string): Promise<void> {
  const res = await client.json("GET", path);
  const items = (res.body as { items?: unknown[] } | null)?.items;
  if (res.status !== 200 || !items || items.length === 0)
    throw new Error(`GET ${path} answered ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
}

/** The cursor of the page after the first `DEPTH` share of the list's rows. */
async function deepCursor(
  sql: Parameters<typeof listOwners>[0],
  list: ListSpec,
  tenantId: string,
  userId: string,
): Promise<string> {
  const where = `tenant_id = $1${list.where ? ` and ${list.where}` : ""}`;
  const params = list.where?.includes("$2") ? [tenantId, userId] : [tenantId];
  const [count] = await sql.unsafe(`select count(*)::int as n from ${list.table} where ${where}`, params);
  const offset = Math.max(0, Math.floor(Number(count?.n ?? 0) * DEPTH) - 1);
  const [row] = await sql.unsafe(
    `select id from ${list.table} where ${where} order by id ${list.order} offset ${offset} limit 1`,
    params,
  );
  if (!row) throw new Error(`no rows in ${list.table} for the deep page of ${list.name}`);
  return encodeCursor(String(row.id));
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const timingOf = (times: number[]): Timing => ({
  medianMs: round1(median(times)),
  minMs: round1(Math.min(...times)),
  maxMs: round1(Math.max(...times)),
});

const ratioOf = (rows: readonly Timing[]) => {
  const first = rows[0];
  const last = rows.at(-1);
  return first && last ? Math.round((last.medianMs / first.medianMs) * 100) / 100 : Number.NaN;
};

export function listsMarkdown(r: ListsResult): string {
  const sizes = r.sizes.map((s) => s.rows);
  const first = countLabel(sizes[0] ?? 0);
  const last = countLabel(sizes.at(-1) ?? 0);
  return [
    `lists, ${r.limit} a page, median of ${r.repeats} rounds of every page in turn per size, the deep page after ${r.depth * 100}% of the rows, on ${r.machine.cpus} cores, Node ${r.machine.node}, PostgreSQL ${r.machine.postgres} (${r.at})`,
    "",
    `| list | page | ${sizes.map((n) => `${countLabel(n)} rows`).join(" | ")} | ${last} ÷ ${first} | goal |`,
    `|---|---|${sizes.map(() => "---|").join("")}---|---|`,
    ...r.lists.map(
      (l) =>
        `| \`${l.request}\` | ${l.page} | ${l.sizes.map((s) => `${s.medianMs} ms (min ${s.minMs})`).join(" | ")} | ${l.ratio}× | ≤ ${r.goal.ratio}× (${l.met ? "met" : "not met"}) |`,
    ),
    "",
    `largest ratio **${r.ratio}×** (goal ≤ ${r.goal.ratio}×: ${r.goal.met ? "met" : "not met"}); generated in ${r.sizes.map((s) => `${s.generateSeconds} s to ${countLabel(s.rows)}`).join(", ")}`,
  ].join("\n");
}
