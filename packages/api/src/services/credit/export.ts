import {
  AppError,
  type PenaltyExportRow,
  type PenaltyPartyCategory,
  penaltyExportColumns,
  penaltyPartyCategoryLabels,
  renderPenaltyCsv,
} from "@propgov/core";
import { companies, creditRecords, type PenaltyDetails } from "@propgov/db";
import { and, asc, eq, gte, inArray, isNull, lte, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { loadCreditConfig } from "./config.js";

/**
 * `GET /credit/exports/penalties.csv?from=&to=`: the administrative penalties decided in
 * [from, to] (revoked ones left out) in the 双公示 layout; county administrators only.
 */
export async function exportPenalties(
  ctx: TenantServiceContext,
  input: { from: string; to: string },
): Promise<string> {
  if (input.from > input.to) {
    throw new AppError("bad_request", "`from` is after `to`.", {
      errors: [{ path: "query.to", message: "On or after from." }],
    });
  }
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    if (reach.kind !== "county")
      throw new AppError("forbidden", "Only county administrators export penalties.");
    const config = await loadCreditConfig(tx, ctx);
    const decidedOn = sql<string>`(${creditRecords.penalty}->>'decidedOn')`;
    const rows = await tx
      .select({
        record: creditRecords,
        companyName: companies.name,
        uscc: companies.uscc,
        legalRepresentative: companies.legalRepresentative,
      })
      .from(creditRecords)
      .innerJoin(
        companies,
        and(eq(companies.tenantId, creditRecords.tenantId), eq(companies.id, creditRecords.companyId)),
      )
      .where(
        and(
          eq(creditRecords.tenantId, ctx.tenant.id),
          eq(creditRecords.source, "administrativePenalty"),
          isNull(creditRecords.revokedAt),
          gte(decidedOn, input.from),
          lte(decidedOn, input.to),
        ),
      )
      .orderBy(asc(decidedOn), asc(creditRecords.id));
    const dataSource = config.export.dataSource ?? `${ctx.tenant.name}物业管理信用平台`;
    const dataSourceCode = config.export.dataSourceCode ?? ctx.tenant.divisionCode;
    // Records filed before the 双公示 fields were required: refused by name, never guessed.
    const incomplete = rows.flatMap(({ record }) => {
      const p = record.penalty as PenaltyDetails;
      const lacking = (
        [
          ["penaltyType", p.penaltyType],
          ["partyCategory", p.partyCategory],
          ["violationType", p.violationType],
          ["publicUntil", p.publicUntil],
        ] as const
      ).filter(([, v]) => !v);
      return lacking.map(([field]) => ({
        path: `records.${record.id}.penalty.${field}`,
        message: `${p.decisionNumber}: ${field} is required by the 双公示 layout (补录后再导出).`,
      }));
    });
    if (incomplete.length > 0) {
      throw new AppError(
        "unprocessable",
        `${new Set(incomplete.map((i) => i.path.split(".")[1])).size} penalty record(s) lack fields the 双公示 layout needs.`,
        { errors: incomplete },
      );
    }
    const out: PenaltyExportRow[] = rows.map(({ record, companyName, uscc, legalRepresentative }) => {
      const p = record.penalty as PenaltyDetails;
      return {
        CF_WSH: p.decisionNumber,
        CF_XDR_MC: companyName,
        CF_XDR_LB: penaltyPartyCategoryLabels[p.partyCategory as PenaltyPartyCategory].zh,
        CF_XDR_SHXYM: uscc,
        CF_FRDB: p.legalRepresentative ?? legalRepresentative,
        CF_CFLB: p.penaltyType as string,
        CF_WFXW: p.violationType as string,
        CF_SY: p.cause ?? record.category,
        CF_YJ: p.basis ?? "",
        CF_NR: p.content ?? "",
        CF_NR_FK: p.fine ?? null,
        CF_JDRQ: p.decidedOn,
        CF_YXQ: record.expiresOn,
        CF_GSJZQ: p.publicUntil as string,
        CF_CFJG: p.authority,
        CF_CFJGDM: p.authorityUscc ?? "",
        CF_SJLY: dataSource,
        CF_SJLYDM: dataSourceCode,
        BZ: p.note ?? "",
      };
    });
    // 双公示 tracking: the first export marks each record exported (later exports keep the first day).
    const now = ctx.deps.now();
    const fresh = rows.filter(({ record }) => record.exportedAt === null).map(({ record }) => record.id);
    if (fresh.length > 0) {
      await tx
        .update(creditRecords)
        .set({ exportedAt: now })
        .where(and(eq(creditRecords.tenantId, ctx.tenant.id), inArray(creditRecords.id, fresh)));
    }
    await audit(tx, ctx, ctx.tenant.id, {
      action: "credit.exportPenalties",
      targetType: "creditExport",
      after: {
        from: input.from,
        to: input.to,
        rows: out.length,
        columns: penaltyExportColumns.length,
        markedExported: fresh,
      },
    });
    return renderPenaltyCsv(out);
  });
}
