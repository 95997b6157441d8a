import { type CreditAppealFacts, dateInZone } from "@propgov/core";
import { creditAppeals, creditRecords, type Tx } from "@propgov/db";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { type AppealRow, creditRecordView, type RecordRow } from "./view.js";

/** The tenant-zone date a revocation took effect on. */
const revokedOnOf = (ctx: TenantServiceContext, row: { revokedAt: Date | null }) =>
  row.revokedAt ? dateInZone(row.revokedAt, ctx.tenant.timezone) : null;

const appealFacts = (a: AppealRow): CreditAppealFacts => ({
  kind: a.kind,
  status: a.status,
  filedOn: a.filedOn,
  decidedOn: a.decidedOn,
});

/** A record with what scoring needs: its revocation day and its appeals. */
export type LoadedRecord = RecordRow & { appealRows: AppealRow[] };

export const factsOf = (ctx: TenantServiceContext, row: LoadedRecord) => ({
  ...row,
  revokedOn: revokedOnOf(ctx, row),
  appeals: row.appealRows.map(appealFacts),
});

export const viewOfLoaded = (ctx: TenantServiceContext, row: LoadedRecord) => {
  const { appealRows, ...rest } = row;
  return creditRecordView(ctx, rest, appealRows);
};

/** Newest effective first; among equals, newest filed first. */
export const newestFirst = (a: RecordRow, b: RecordRow) =>
  a.effectiveOn === b.effectiveOn
    ? a.id < b.id
      ? 1
      : a.id > b.id
        ? -1
        : 0
    : a.effectiveOn < b.effectiveOn
      ? 1
      : -1;

/** Records (of one company, or all), each with its appeals oldest first. */
export async function recordsOf(
  tx: Tx,
  ctx: TenantServiceContext,
  companyId?: string,
): Promise<LoadedRecord[]> {
  const rows = await tx
    .select()
    .from(creditRecords)
    .where(
      and(
        eq(creditRecords.tenantId, ctx.tenant.id),
        companyId ? eq(creditRecords.companyId, companyId) : undefined,
      ),
    );
  return withAppeals(tx, ctx, rows, companyId);
}

/** Attaches their appeals to records (one query). */
export async function withAppeals(
  tx: Tx,
  ctx: TenantServiceContext,
  rows: RecordRow[],
  companyId?: string,
): Promise<LoadedRecord[]> {
  if (rows.length === 0) return [];
  const appeals = await tx
    .select()
    .from(creditAppeals)
    .where(
      and(
        eq(creditAppeals.tenantId, ctx.tenant.id),
        companyId
          ? eq(creditAppeals.companyId, companyId)
          : rows.length <= 500
            ? inArray(
                creditAppeals.recordId,
                rows.map((r) => r.id),
              )
            : undefined,
      ),
    )
    .orderBy(asc(creditAppeals.id));
  const byRecord = new Map<string, AppealRow[]>();
  for (const a of appeals) byRecord.set(a.recordId, [...(byRecord.get(a.recordId) ?? []), a]);
  return rows.map((r) => ({ ...r, appealRows: byRecord.get(r.id) ?? [] }));
}
