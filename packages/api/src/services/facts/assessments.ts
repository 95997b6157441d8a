import type { Period, PolicyAssessmentCard } from "@propgov/core";
import { assessmentScorecards, assessments, assessmentTemplates, type Tx } from "@propgov/db";
import { and, asc, eq, sql } from "drizzle-orm";
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
