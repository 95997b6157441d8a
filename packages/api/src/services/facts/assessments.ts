import { type Period, type PolicyAssessmentCard, type PolicyBulletin, shiftMonth } from "@propgov/core";
import { assessmentScorecards, assessments, assessmentTemplates, type Tx } from "@propgov/db";
import { and, asc, eq, gte, lt, min, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";

/**
 * The scorecards of the published assessments (not superseded: the latest revision) whose
 * period is the judged period, with their template's pass line, for the assessment policy.
 * One query over the `(tenant, period)` index of assessments.
 */
export async function assessmentFacts(
  tx: Tx,
  ctx: TenantServiceContext,
  period: Period,
): Promise<PolicyAssessmentCard[]> {
  const rows = await tx
    .select({
      assessmentId: assessments.id,
      kind: assessments.kind,
      period: assessments.period,
      templateCode: assessmentTemplates.code,
      targetType: assessmentScorecards.targetType,
      targetId: assessmentScorecards.targetId,
      targetName: assessmentScorecards.targetName,
      regionId: assessmentScorecards.regionId,
      total: assessmentScorecards.total,
      passLine: sql<number | null>`(${assessmentTemplates.document}->>'passLine')::float8`,
      passed: assessmentScorecards.passed,
      vetoed: assessmentScorecards.vetoed,
      grade: assessmentScorecards.grade,
      rank: assessmentScorecards.rank,
    })
    .from(assessments)
    .innerJoin(
      assessmentScorecards,
      and(
        eq(assessmentScorecards.tenantId, assessments.tenantId),
        eq(assessmentScorecards.assessmentId, assessments.id),
      ),
    )
    .innerJoin(
      assessmentTemplates,
      and(
        eq(assessmentTemplates.tenantId, assessmentScorecards.tenantId),
        eq(assessmentTemplates.id, assessmentScorecards.templateId),
      ),
    )
    .where(
      and(
        eq(assessments.tenantId, ctx.tenant.id),
        eq(assessments.period, period.label),
        eq(assessments.status, "published"),
      ),
    )
    .orderBy(
      asc(assessments.kind),
      asc(assessmentTemplates.code),
      asc(assessmentScorecards.rank),
      asc(assessmentScorecards.targetName),
      asc(assessmentScorecards.id),
    );
  return rows.map((r) => ({ ...r, passLine: Number(r.passLine ?? 60) }));
}

/**
 * The monthly bulletins due within the period, that is those of the month before its first
 * month up to the month before its last, each with when it was first published (its first
 * revision's publication: a later revision does not make a late bulletin timely).
 */
export async function bulletinFacts(
  tx: Tx,
  ctx: TenantServiceContext,
  period: Period,
): Promise<PolicyBulletin[]> {
  const rows = await tx
    .select({ period: assessments.period, publishedAt: min(assessments.publishedAt) })
    .from(assessments)
    .where(
      and(
        eq(assessments.tenantId, ctx.tenant.id),
        eq(assessments.kind, "monthlyBulletin"),
        gte(assessments.period, shiftMonth(period.start, -1)),
        lt(assessments.period, shiftMonth(period.end, 0)),
      ),
    )
    .groupBy(assessments.period);
  return rows.map((r) => ({ period: r.period, publishedAt: r.publishedAt?.toISOString() ?? null }));
}
