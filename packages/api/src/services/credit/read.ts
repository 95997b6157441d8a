import type { CreditGrade, CreditRecordKind, CreditRecordSource } from "@propgov/core";
import { companies, creditRecords } from "@propgov/db";
import { and, desc, eq, isNull, lt } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { companiesWithin } from "../access/companies.js";
import { readableCompany } from "../access/credit.js";
import { reachOf } from "../access/reach.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { inTenant } from "../tx.js";
import { loadCreditConfig } from "./config.js";
import { newestFirst, recordsOf, viewOfLoaded, withAppeals } from "./records.js";
import { rankWithin, standingOf } from "./standing.js";
import { type CreditFile, type CreditRecordView, type CreditStanding, creditToday } from "./view.js";

/** `GET /credit/companies/{id}?on=`: score, grade, records in force and the whole history. */
export async function getCreditFile(
  ctx: TenantServiceContext,
  companyId: string,
  on?: string,
): Promise<CreditFile> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const company = await readableCompany(tx, ctx, reach, companyId);
    const config = await loadCreditConfig(tx, ctx);
    const rows = (await recordsOf(tx, ctx, companyId)).sort(newestFirst);
    const { standing, inForce: live } = standingOf(ctx, company, rows, on ?? creditToday(ctx), config);
    return {
      ...standing,
      records: live.map(({ revokedOn: _, appeals: __, ...r }) => viewOfLoaded(ctx, r)),
      history: rows.map((r) => viewOfLoaded(ctx, r)),
    };
  });
}

export interface RecordListInput {
  limit: number;
  cursor?: string;
  kind?: CreditRecordKind;
  source?: CreditRecordSource;
  includeRevoked?: boolean;
}

/** `GET /credit/companies/{id}/records`: newest filed first, revoked ones on request. */
export async function listCreditRecords(
  ctx: TenantServiceContext,
  companyId: string,
  input: RecordListInput,
): Promise<Page<CreditRecordView>> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    await readableCompany(tx, ctx, reach, companyId);
    const rows = await tx
      .select()
      .from(creditRecords)
      .where(
        and(
          eq(creditRecords.tenantId, ctx.tenant.id),
          eq(creditRecords.companyId, companyId),
          input.kind ? eq(creditRecords.kind, input.kind) : undefined,
          input.source ? eq(creditRecords.source, input.source) : undefined,
          input.includeRevoked ? undefined : isNull(creditRecords.revokedAt),
          input.cursor ? lt(creditRecords.id, decodeCursor(input.cursor)) : undefined,
        ),
      )
      .orderBy(desc(creditRecords.id))
      .limit(input.limit + 1);
    const loaded = await withAppeals(tx, ctx, rows, companyId);
    return toPage(
      loaded.map((r) => viewOfLoaded(ctx, r)),
      input.limit,
    );
  });
}

/**
 * Every active company's standing on `on` (default today), best score first (then name), the
 * caller's reach applied (company staff see their own); `grade` keeps one grade, `local` local
 * companies (true) or the others (false).
 */
export async function rankCompanies(
  ctx: TenantServiceContext,
  input: { on?: string; grade?: CreditGrade; local?: boolean | undefined },
): Promise<CreditStanding[]> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const condition = and(
      companiesWithin(reach),
      input.local === undefined ? undefined : eq(companies.local, input.local),
    );
    return rankWithin(tx, ctx, condition, input.on ?? creditToday(ctx), input.grade);
  });
}
