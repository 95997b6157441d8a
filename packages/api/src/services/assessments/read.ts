import type { AssessmentKindName } from "@propgov/core";
import { assessments, type Tx } from "@propgov/db";
import { and, asc, desc, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { visibleTargets } from "../access/assessments.js";
import { inTenant } from "../tx.js";
import { cardsOf, findAssessment } from "./compute.js";
import {
  type AssessmentDetail,
  type AssessmentRow,
  type AssessmentView,
  cardView,
  visibleView,
} from "./view.js";

/** The assessment with the scorecards the caller may see, in template order and by rank. */
export async function detailOf(
  tx: Tx,
  ctx: TenantServiceContext,
  row: AssessmentRow,
): Promise<AssessmentDetail> {
  const visible = await visibleTargets(tx, ctx);
  let cards = await cardsOf(tx, ctx, row.id);
  // Region targets' regionId is the region itself; companies have none, so region staff see none.
  if (visible)
    cards = cards.filter((c) =>
      c.targetType === "company" ? visible(c.targetId) : c.regionId !== null && visible(c.regionId),
    );
  const order = new Map(row.templates.map((t, i) => [t.templateId, i]));
  cards.sort(
    (a, b) =>
      (order.get(a.templateId) ?? 0) - (order.get(b.templateId) ?? 0) ||
      (a.rank ?? Number.MAX_SAFE_INTEGER) - (b.rank ?? Number.MAX_SAFE_INTEGER) ||
      a.targetName.localeCompare(b.targetName, "zh") ||
      a.id.localeCompare(b.id),
  );
  return { ...visibleView(row, visible), scorecards: cards.map((c) => cardView(row, c)) };
}

/** `GET /assessments/{id}`: the assessment with the scorecards the caller may see, by rank. */
export async function getAssessment(ctx: TenantServiceContext, id: string): Promise<AssessmentDetail> {
  return inTenant(ctx, async (tx) => detailOf(tx, ctx, await findAssessment(tx, ctx, id)));
}

/** `GET /assessments`: newest period first, optionally by kind, period and status. */
export async function listAssessments(
  ctx: TenantServiceContext,
  input: {
    kind?: AssessmentKindName | undefined;
    period?: string | undefined;
    status?: AssessmentRow["status"] | undefined;
  },
): Promise<AssessmentView[]> {
  return inTenant(ctx, async (tx) => {
    const visible = await visibleTargets(tx, ctx);
    const rows = await tx
      .select()
      .from(assessments)
      .where(
        and(
          eq(assessments.tenantId, ctx.tenant.id),
          input.kind ? eq(assessments.kind, input.kind) : undefined,
          input.period ? eq(assessments.period, input.period) : undefined,
          input.status ? eq(assessments.status, input.status) : undefined,
        ),
      )
      .orderBy(desc(assessments.period), asc(assessments.kind), desc(assessments.revision))
      .limit(500);
    return rows.map((row) => visibleView(row, visible));
  });
}
