import { APP_ROLE } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { drizzle } from "drizzle-orm/postgres-js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateCases } from "../../../bench/src/generate.js";
import { createApp } from "../src/index.js";
import { encodeCursor } from "../src/services/pagination.js";
import { createHarness, type Harness, testHasher } from "./harness.js";
import { seed } from "./kpi-fixtures.js";

/**
 * Each list's query plan at 100k rows of one county: the SQL the list actually sends (captured
 * by a drizzle logger on a second app over the same database) is explained with its parameters,
 * under the app role and the county's RLS setting, for the first page and a deep cursor page.
 * The big table must be read through the expected index, never a sequential scan, and the rows
 * never sorted (the index gives the order and the LIMIT stops the scan). The data is written by
 * set-based SQL (`insert … select … from generate_series`) as the database owner, then analysed.
 */

type Sql = Parameters<typeof generateCases>[0];

const N = 100_000;
const NOW = new Date("2026-11-20T02:00:00Z");

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  Plans?: PlanNode[];
}

const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];
const reads = (plan: PlanNode, table: string) => nodes(plan).filter((n) => n["Relation Name"] === table);
/** Sort nodes whose input reads the table: an ordered index scan needs none. */
const sortsOf = (plan: PlanNode, table: string) =>
  nodes(plan).filter((n) => n["Node Type"].includes("Sort") && reads(n, table).length > 0);

const postgresOnly = testDrivers().includes("postgres");

describe.skipIf(!postgresOnly)(
  "list query plans at 100k rows (PostgreSQL only: skipped without DATABASE_URL)",
  () => {
    let h: Harness;
    let client: Sql;
    let app: ReturnType<typeof createApp>;
    const captured: { query: string; params: unknown[] }[] = [];
    const ids: Record<string, string[]> = {};

    beforeAll(async () => {
      h = await createHarness("postgres", { startAt: NOW.toISOString() });
      client = (h.deps.db as unknown as { client: Sql }).client;
      // A second app over the same pool whose drizzle logs every statement it sends.
      const logged = drizzle(client, {
        logger: { logQuery: (query, params) => captured.push({ query, params }) },
      });
      app = createApp({
        db: { ...h.deps.db, db: logged as unknown as typeof h.deps.db.db },
        passwordHasher: testHasher,
        now: h.deps.now,
      });

      const tenantId = h.ours.id;
      const r = await seed(h, tenantId, (s) => {
        const street = s.region("street", "城关街道", { code: "S01" });
        const communities = [1, 2, 3, 4].map((i) =>
          s.region("community", `社区${i}`, { parent: street, code: `C0${i}` }),
        );
        const compounds = communities.flatMap((c, i) => [
          s.compound(c, `小区${i}甲`),
          s.compound(c, `小区${i}乙`),
        ]);
        return { street, communities, compounds };
      });
      await generateCases(client, {
        tenantId,
        from: 0,
        count: N,
        now: NOW,
        spread: { days: 400 },
        categories: [
          { category: "propertyService", kind: "complaint" },
          { category: "facilities", kind: "report" },
        ],
      });
      const t = tenantId;
      const at = NOW.toISOString();
      const hex = (prefix: string) => `'${prefix}_' || lpad(upper(to_hex(g)), 26, '0')`;
      const community = `(array[${r.communities.map((c) => `'${c}'`).join(",")}])[1 + g % ${r.communities.length}]`;
      const compound = `(array[${r.compounds.map((c) => `'${c}'`).join(",")}])[1 + g % ${r.compounds.length}]`;
      // Older rows first: ids grow with time, as the app's sortable ids do.
      const when = `('${at}'::timestamptz - (${N} - g) * interval '5 minutes')`;
      await client.unsafe(`
        insert into compounds (tenant_id, id, name, address, community_id, buildings, households, service_mode, created_at, updated_at)
        select '${t}', ${hex("cmp")}, '生成小区' || g, '路' || g || '号', ${community}, 1 + g % 30, 50 + g % 900,
               (array['professional', 'selfManaged', 'none'])[1 + g % 3], ${when}, ${when}
          from generate_series(1, ${N}) g;
        insert into tasks (tenant_id, id, title, source, owner_unit_type, owner_unit_id, region_id, due_on, status, created_at, updated_at)
        select '${t}', ${hex("tsk")}, '整改任务' || g, 'manual', 'region', ${community}, ${community},
               (${when})::date + 30, (array['open', 'inProgress', 'submitted', 'verified', 'closed'])[1 + g % 5], ${when}, ${when}
          from generate_series(1, ${N}) g;
        insert into meetings (tenant_id, id, title, level, kind, region_id, scheduled_at, status, created_at, updated_at)
        select '${t}', ${hex("mtg")}, '联席会议' || g, 'community', 'jointConsultation', ${community}, ${when},
               (array['planned', 'held', 'closed'])[1 + g % 3], ${when}, ${when}
          from generate_series(1, ${N}) g;
        insert into disclosures (tenant_id, id, compound_id, item, period, title, content, published_at, created_at, updated_at)
        select '${t}', ${hex("dsc")}, ${compound}, 'feeStandard', to_char(${when}, 'YYYY-MM'), '收费标准' || g, '公示内容', ${when}, ${when}, ${when}
          from generate_series(1, ${N}) g;
        insert into notifications (tenant_id, id, user_id, message_id, type, subject_type, subject_id, title, body, data, created_at, read_at)
        select '${t}', ${hex("ntf")}, '${h.ours.adminId}', ${hex("obx")}, 'case.overdue', 'case', null,
               '{"zh": "超期", "en": "Overdue"}', '{"zh": "案件超期", "en": "A case is overdue"}', '{}', ${when},
               case when g % 4 = 0 then null else ${when} end
          from generate_series(1, ${N}) g;
        insert into audit_events (tenant_id, id, at, actor_type, actor_id, action, target_type, target_id, after)
        select '${t}', ${hex("aud")}, ${when}, 'user', '${h.ours.adminId}',
               (array['compound.update', 'case.contact', 'task.create'])[1 + g % 3], 'compound', ${compound}, '{}'
          from generate_series(1, ${N}) g;
        analyze cases; analyze compounds; analyze tasks; analyze meetings; analyze disclosures;
        analyze notifications; analyze audit_events;
      `);
      for (const table of [
        "cases",
        "compounds",
        "tasks",
        "meetings",
        "disclosures",
        "notifications",
        "audit_events",
      ]) {
        const rows = await client.unsafe(`select id from ${table} where tenant_id = $1 order by id`, [t]);
        ids[table] = rows.map((row) => String(row.id));
      }
    }, 180_000);
    afterAll(() => h?.destroy());

    /** The statements one GET sends that read `table` a page at a time. */
    async function listQuery(path: string, table: string) {
      captured.length = 0;
      const res = await app.request(`http://localhost${path}`, {
        headers: { authorization: `Bearer ${h.ours.adminToken}` },
      });
      expect(res.status, await res.clone().text()).toBe(200);
      const found = captured.filter(
        (c) => c.query.includes(`from "${table}"`) && / limit \$\d+/.test(c.query),
      );
      expect(found, `no paged query on ${table} among ${captured.length}`).toHaveLength(1);
      return found[0] as { query: string; params: unknown[] };
    }

    /** EXPLAIN of the statement as the app runs it: the app role, the county's RLS setting. */
    async function explain(q: { query: string; params: unknown[] }): Promise<PlanNode> {
      const [row] = await client.begin(async (tx) => {
        await tx.unsafe("select set_config('role', $1, true), set_config('app.tenant_id', $2, true)", [
          APP_ROLE,
          h.ours.id,
        ]);
        return tx.unsafe(`explain (format json) ${q.query}`, q.params as never[]);
      });
      const [explained] = (row?.["QUERY PLAN"] ?? []) as { Plan: PlanNode }[];
      if (!explained) throw new Error(`no plan for ${q.query}`);
      return explained.Plan;
    }

    const deep = (table: string) => encodeCursor(ids[table]?.[Math.floor(N * 0.1)] ?? "");

    const lists: { name: string; path: (cursor?: string) => string; table: string; index: string[] }[] = [
      {
        name: "cases, newest first",
        path: (c) => `/v1/tenants/ours/cases?limit=50${c ? `&cursor=${c}` : ""}`,
        table: "cases",
        index: ["cases_pkey"],
      },
      {
        name: "cases by status",
        path: (c) => `/v1/tenants/ours/cases?status=rated&limit=50${c ? `&cursor=${c}` : ""}`,
        table: "cases",
        index: ["cases_pkey"],
      },
      {
        name: "compounds",
        path: (c) => `/v1/tenants/ours/compounds?limit=50${c ? `&cursor=${c}` : ""}`,
        table: "compounds",
        index: ["compounds_pkey"],
      },
      {
        name: "tasks",
        path: (c) => `/v1/tenants/ours/tasks?limit=50${c ? `&cursor=${c}` : ""}`,
        table: "tasks",
        index: ["tasks_pkey"],
      },
      {
        name: "meetings",
        path: (c) => `/v1/tenants/ours/meetings?limit=50${c ? `&cursor=${c}` : ""}`,
        table: "meetings",
        index: ["meetings_pkey"],
      },
      {
        name: "disclosures",
        path: (c) => `/v1/tenants/ours/disclosures?limit=50${c ? `&cursor=${c}` : ""}`,
        table: "disclosures",
        index: ["disclosures_pkey"],
      },
      {
        name: "notifications",
        path: (c) => `/v1/auth/me/notifications?limit=50${c ? `&cursor=${c}` : ""}`,
        table: "notifications",
        index: ["notifications_user_idx", "notifications_pkey"],
      },
      {
        name: "audit events",
        path: (c) => `/v1/tenants/ours/audit-events?limit=50${c ? `&cursor=${c}` : ""}`,
        table: "audit_events",
        index: ["audit_events_pkey"],
      },
    ];

    for (const list of lists) {
      for (const page of ["first page", "deep cursor page"] as const) {
        it(`${list.name}, ${page}: read through ${list.index.join(" or ")}, no seq scan, no sort`, async () => {
          const q = await listQuery(
            list.path(page === "first page" ? undefined : deep(list.table)),
            list.table,
          );
          const plan = await explain(q);
          const scans = reads(plan, list.table);
          const shown = JSON.stringify(plan);
          expect(scans.length, shown).toBeGreaterThan(0);
          expect(
            scans.map((s) => s["Node Type"]),
            shown,
          ).not.toContain("Seq Scan");
          expect(
            scans.some((s) => list.index.includes(s["Index Name"] ?? "")),
            shown,
          ).toBe(true);
          expect(sortsOf(plan, list.table), shown).toEqual([]);
        });
      }
    }

    it("open cases by next deadline: only the open cases' index is read (their sort is of open cases only)", async () => {
      const q = await listQuery("/v1/tenants/ours/cases?open=true&sort=deadline&limit=50", "cases");
      const plan = await explain(q);
      const shown = JSON.stringify(plan);
      const scans = reads(plan, "cases");
      expect(
        scans.map((s) => s["Node Type"]),
        shown,
      ).not.toContain("Seq Scan");
      expect(
        scans.some((s) => s["Index Name"] === "cases_open_idx"),
        shown,
      ).toBe(true);
    });
  },
);
