import {
  AppError,
  dateInZone,
  type Label,
  type Period,
  periodWindow,
  type Ratio,
  ratio,
} from "@propgov/core";
import { departments, regions, rowsOf } from "@propgov/db";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { caseReachOf } from "../access/reach.js";
import { periodOf } from "../evaluations.js";
import { escapeLike } from "../search.js";
import { inTenant } from "../tx.js";

/** The work-order figures of one unit (a community or a department), or of all of them together. */
export interface UnitFigures {
  /** Work orders dispatched (派单, or 改派) to the unit in the period. */
  dispatched: number;
  /** 24 h acknowledgement rate: acknowledged (签收) within 24 hours of the dispatch ÷ dispatches decided. */
  acknowledgedIn24h: Ratio;
  /** On-time completion: of the work orders the unit kept, resolved by the deadline ÷ those decided. */
  onTimeCompletion: Ratio;
  /** Return rate: dispatches the unit returned (退单) ÷ dispatches. */
  returnRate: Ratio;
  /** Repeat rate: repeat complaints (重复件) merged into the unit's work orders ÷ the work orders it kept. */
  repeatRate: Ratio;
  /** Extension rate: work orders the unit kept whose deadline was extended (延期) ÷ those kept. */
  extensionRate: Ratio;
  /** Work orders the unit kept that the county supervises (督办). */
  supervised: number;
}

export interface WorkOrderKpis {
  period: string;
  from: string;
  to: string;
  timezone: string;
  asAt: Date;
  total: UnitFigures;
  units: ({ type: "community" | "department"; id: string; name: Label } & UnitFigures)[];
}

const DAY_MS = 86_400_000;

/**
 * The 12345 work-order KPIs per unit and period, over the dispatches (case_assignments) made in
 * the period: every dispatch or reassignment of a case to a community or a department is one.
 *
 * - acknowledged in 24 h: the unit acknowledged within 24 hours of the dispatch; a dispatch not
 *   acknowledged and less than 24 hours old is not decided yet and counts in neither part;
 * - returned: the dispatch ended by the unit's return; such a case then counts against no unit,
 *   so the rates below are over the dispatches the unit *kept* (not ended by return or reassignment);
 * - on time: kept, and resolved by its resolution deadline (after any approved extension);
 *   decided once resolved or once the deadline has passed;
 * - repeat: the repeat complaints merged into kept cases; extended: kept cases with an approved
 *   extension; supervised: kept cases under supervision.
 *
 * The county desk sees every unit; region staff the communities of their subtree; a department's
 * officers their own department.
 */
export async function workOrderKpis(
  ctx: TenantServiceContext,
  input: { period?: string | undefined },
): Promise<WorkOrderKpis> {
  const now = ctx.deps.now();
  const tz = ctx.tenant.timezone;
  const period: Period = periodOf(input.period ?? dateInZone(now, tz).slice(0, 7), "query.period");
  const w = periodWindow(period, tz);
  return inTenant(ctx, async (tx) => {
    const reach = await caseReachOf(tx, ctx);
    let scope: SQL | undefined;
    switch (reach.kind) {
      case "county":
        scope = undefined;
        break;
      case "region":
        scope = sql`a.unit_type = 'community' and a.unit_id in (select r.id from regions r where r.tenant_id = a.tenant_id and r.path like ${`${escapeLike(reach.path)}%`})`;
        break;
      case "department":
        scope = sql`a.unit_type = 'department' and a.unit_id = ${reach.departmentId}`;
        break;
      default:
        throw new AppError(
          "forbidden",
          "Work-order KPIs are for the county desk, communities and departments.",
        );
    }
    const at = sql`${now.toISOString()}::timestamptz`;
    const day = sql`${`${DAY_MS / 1000} seconds`}::interval`;
    const kept = sql`a.end_reason is null`;
    const rows = rowsOf<Record<string, string | number>>(
      await tx.execute(sql`select a.unit_type, a.unit_id,
          count(*)::int as dispatched,
          count(*) filter (where a.acknowledged_at is not null and a.acknowledged_at <= a.assigned_at + ${day})::int as ack_met,
          count(*) filter (where a.acknowledged_at is not null or a.assigned_at + ${day} < ${at})::int as ack_counted,
          count(*) filter (where a.end_reason = 'returned')::int as returned,
          count(*) filter (where ${kept})::int as kept,
          count(*) filter (where ${kept} and c.resolved_at is not null and c.resolved_at <= c.resolution_due_at)::int as on_time,
          count(*) filter (where ${kept} and (c.resolved_at is not null or c.resolution_due_at < ${at}))::int as on_time_counted,
          coalesce(sum((select count(*) from cases d where d.tenant_id = c.tenant_id and d.duplicate_of_id = c.id)) filter (where ${kept}), 0)::int as repeats,
          count(*) filter (where ${kept} and c.extension_count > 0)::int as extended,
          count(*) filter (where ${kept} and c.supervision_level is not null)::int as supervised
        from case_assignments a
        join cases c on c.tenant_id = a.tenant_id and c.id = a.case_id
        where a.tenant_id = ${ctx.tenant.id}
          and a.assigned_at >= ${new Date(w.from).toISOString()}::timestamptz
          and a.assigned_at < ${new Date(w.to).toISOString()}::timestamptz
          ${scope ? sql`and ${scope}` : sql``}
        group by a.unit_type, a.unit_id`),
    );
    const n = (r: Record<string, string | number>, k: string) => Number(r[k] ?? 0);
    const figures = (r: Record<string, string | number>): UnitFigures => ({
      dispatched: n(r, "dispatched"),
      acknowledgedIn24h: ratio(n(r, "ack_met"), n(r, "ack_counted")),
      onTimeCompletion: ratio(n(r, "on_time"), n(r, "on_time_counted")),
      returnRate: ratio(n(r, "returned"), n(r, "dispatched")),
      repeatRate: ratio(n(r, "repeats"), n(r, "kept")),
      extensionRate: ratio(n(r, "extended"), n(r, "kept")),
      supervised: n(r, "supervised"),
    });
    const sum: Record<string, number> = {};
    for (const r of rows) {
      for (const [k, v] of Object.entries(r))
        if (typeof v === "number" || /^\d+$/.test(String(v))) sum[k] = (sum[k] ?? 0) + Number(v);
    }
    const communityIds = rows.filter((r) => r.unit_type === "community").map((r) => String(r.unit_id));
    const departmentIds = rows.filter((r) => r.unit_type === "department").map((r) => String(r.unit_id));
    const names = new Map<string, Label>();
    if (communityIds.length > 0) {
      for (const r of await tx
        .select({ id: regions.id, name: regions.name })
        .from(regions)
        .where(and(eq(regions.tenantId, ctx.tenant.id), inArray(regions.id, communityIds)))) {
        names.set(r.id, { zh: r.name, en: r.name });
      }
    }
    if (departmentIds.length > 0) {
      for (const d of await tx
        .select({ id: departments.id, zh: departments.nameZh, en: departments.nameEn })
        .from(departments)
        .where(and(eq(departments.tenantId, ctx.tenant.id), inArray(departments.id, departmentIds)))) {
        names.set(d.id, { zh: d.zh, en: d.en });
      }
    }
    return {
      period: period.label,
      from: period.start,
      to: period.end,
      timezone: tz,
      asAt: now,
      total: figures(sum),
      units: rows
        .map((r) => ({
          type: r.unit_type as "community" | "department",
          id: String(r.unit_id),
          name: names.get(String(r.unit_id)) ?? { zh: String(r.unit_id), en: String(r.unit_id) },
          ...figures(r),
        }))
        .sort((a, b) => a.type.localeCompare(b.type) || a.id.localeCompare(b.id)),
    };
  });
}
