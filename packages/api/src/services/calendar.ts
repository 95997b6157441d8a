import {
  AppError,
  type CalendarOverride,
  type CalendarOverrideInput,
  type EffectiveDay,
  effectiveDays,
  isoDateSchema,
  nationalCalendar,
  type WorkingCalendar,
  workingCalendarOf,
} from "@propgov/core";
import { calendarDays, compiled, type Placeholders, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { reachOf } from "./access/reach.js";
import { audit } from "./audit.js";
import { inTenant } from "./tx.js";

const calendarDaysOf = compiled((db, p: Placeholders<{ tenantId: string }>) =>
  db.select().from(calendarDays).where(eq(calendarDays.tenantId, p.tenantId)),
);

async function overridesOf(tx: Tx, tenantId: string): Promise<CalendarOverride[]> {
  const rows = await calendarDaysOf(tx, { tenantId });
  return rows.map((r) => ({
    date: r.date,
    kind: r.kind,
    name: r.nameZh && r.nameEn ? { zh: r.nameZh, en: r.nameEn } : null,
  }));
}

/**
 * Working calendars by the county entries they were built from (date and kind are all that
 * count): the national preset is the same for every county, and building it for every intake
 * cost more than the query. Calendars are read-only; a county's edit makes a new key.
 */
const calendars = new Map<string, WorkingCalendar>();

/** The county's working calendar (national preset + its own entries), for working-day deadlines. */
export async function workingCalendarFor(tx: Tx, ctx: TenantServiceContext): Promise<WorkingCalendar> {
  const overrides = await overridesOf(tx, ctx.tenant.id);
  const key = overrides.map((o) => `${o.date}:${o.kind}`).join(",");
  let calendar = calendars.get(key);
  if (!calendar) {
    calendar = workingCalendarOf(overrides);
    if (calendars.size >= 1000) calendars.clear();
    calendars.set(key, calendar);
  }
  return calendar;
}

export interface CalendarView {
  year: number;
  /** The national notice the year's preset follows, or null when no preset is published for it. */
  notice: { title: string; number: string; issuedOn: string; url: string } | null;
  days: EffectiveDay[];
}

/** The effective calendar of a year: the national preset with the county's entries. */
export async function getCalendar(ctx: TenantServiceContext, year: number): Promise<CalendarView> {
  return inTenant(ctx, async (tx) => {
    const preset = nationalCalendar.find((p) => p.year === year);
    return {
      year,
      notice: preset?.notice ?? null,
      days: effectiveDays(await overridesOf(tx, ctx.tenant.id), year),
    };
  });
}

function checkDate(date: string): void {
  if (!isoDateSchema.safeParse(date).success) {
    throw new AppError("bad_request", `'${date}' is not a date (YYYY-MM-DD).`, {
      errors: [{ path: "path.date", message: "A date such as 2026-10-10." }],
    });
  }
}

function assertCountyAdmin(ctx: TenantServiceContext, reachKind: string) {
  const p = ctx.principal;
  const admin =
    p?.kind === "platformUser" ||
    p?.kind === "system" ||
    (p?.roles as string[] | undefined)?.includes("countyAdmin");
  if (reachKind !== "county" || !admin) {
    throw new AppError("forbidden", "Only county administrators edit the working calendar.");
  }
}

/** Sets the county's entry for one day (a holiday, a make-up working day, or `regular`). Audited. */
export async function setCalendarDay(
  ctx: TenantServiceContext,
  date: string,
  input: CalendarOverrideInput,
): Promise<CalendarView> {
  checkDate(date);
  return inTenant(ctx, async (tx) => {
    assertCountyAdmin(ctx, (await reachOf(tx, ctx)).kind);
    const [before] = await tx
      .select()
      .from(calendarDays)
      .where(and(eq(calendarDays.tenantId, ctx.tenant.id), eq(calendarDays.date, date)));
    const values = {
      kind: input.kind,
      nameZh: input.name?.zh ?? null,
      nameEn: input.name?.en ?? null,
      updatedAt: ctx.deps.now(),
    };
    await tx
      .insert(calendarDays)
      .values({ tenantId: ctx.tenant.id, date, ...values })
      .onConflictDoUpdate({ target: [calendarDays.tenantId, calendarDays.date], set: values });
    await audit(tx, ctx, ctx.tenant.id, {
      action: "calendar.set",
      targetType: "calendarDay",
      targetId: date,
      before: before ? { kind: before.kind, nameZh: before.nameZh, nameEn: before.nameEn } : null,
      after: { kind: values.kind, nameZh: values.nameZh, nameEn: values.nameEn },
    });
    return getCalendar(ctx, Number(date.slice(0, 4)));
  });
}

/** Removes the county's entry for a day: the national preset (or the weekday rule) applies again. 404 when none. */
export async function clearCalendarDay(ctx: TenantServiceContext, date: string): Promise<CalendarView> {
  checkDate(date);
  return inTenant(ctx, async (tx) => {
    assertCountyAdmin(ctx, (await reachOf(tx, ctx)).kind);
    const [gone] = await tx
      .delete(calendarDays)
      .where(and(eq(calendarDays.tenantId, ctx.tenant.id), eq(calendarDays.date, date)))
      .returning();
    if (!gone) throw new AppError("not_found", `The county has no entry of its own for ${date}.`);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "calendar.clear",
      targetType: "calendarDay",
      targetId: date,
      before: { kind: gone.kind, nameZh: gone.nameZh, nameEn: gone.nameEn },
      after: null,
    });
    return getCalendar(ctx, Number(date.slice(0, 4)));
  });
}
