import { AppError, assessmentCreditRecords, type YearEndStanding, yearEndStandings } from "@propgov/core";
import { assessments, creditRecords } from "@propgov/db";
import { and, eq, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { actorOf, audit } from "../audit.js";
import { insertCreditRecord } from "../credit/create.js";
import { currentMechanism } from "../mechanism.js";
import { tenantToday } from "../time.js";
import { inTenant } from "../tx.js";
import { assessmentConfig, cardsOf, findAssessment, notDraft } from "./compute.js";
import { detailOf } from "./read.js";
import { type AssessmentDetail, AUDIT_TARGET, cardView } from "./view.js";

/**
 * `POST /assessments/{id}/publish`: freezes a draft (every manual item entered, else 409 naming
 * them). Applies the tenant's results: in an annual assessment, when `resultsToCredit` is on,
 * the top `results.annualTopGood.count` companies of each company template (by rank, ties
 * included; neither failing nor vetoed) get a good credit record and failing or vetoed companies
 * a bad one (source `assessment`, sourceId this assessment). Every template's ranking is
 * recorded in `results.rankings` (the monthly bulletin's ranking of townships and streets).
 * Publishing a revision supersedes the one it revises and revokes that one's credit records,
 * so the records stand once, from the latest revision.
 */
export async function publishAssessment(ctx: TenantServiceContext, id: string): Promise<AssessmentDetail> {
  return inTenant(ctx, async (tx) => {
    const row = await findAssessment(tx, ctx, id, true);
    if (row.status !== "draft") throw notDraft(row, "publishing takes");
    const cards = (await cardsOf(tx, ctx, row.id)).map((c) => cardView(row, c));
    const pending = cards.flatMap((c) =>
      c.items.filter((i) => i.rule.kind === "manual" && !i.manual).map((i) => `${c.targetName}: ${i.id}`),
    );
    if (pending.length > 0) {
      throw new AppError("conflict", `Manual items are not scored yet: ${pending.slice(0, 10).join("; ")}.`, {
        extensions: { pending },
      });
    }
    const now = ctx.deps.now();
    const actor = actorOf(ctx.principal).actorId;
    // Credit records take effect on the day of publishing, in the tenant's zone.
    const today = tenantToday(ctx);

    const revoked: string[] = [];
    if (row.revisesId) {
      const old = await findAssessment(tx, ctx, row.revisesId, true);
      if (old.status === "published") {
        await tx
          .update(assessments)
          .set({ status: "superseded", updatedAt: now })
          .where(and(eq(assessments.tenantId, ctx.tenant.id), eq(assessments.id, old.id)));
      }
      const rows = await tx
        .update(creditRecords)
        .set({
          revokedAt: now,
          revokeReason: `Superseded by revision ${row.revision} (${row.id}) of the assessment.`,
          updatedAt: now,
        })
        .where(
          and(
            eq(creditRecords.tenantId, ctx.tenant.id),
            eq(creditRecords.source, "assessment"),
            eq(creditRecords.sourceId, old.id),
            isNull(creditRecords.revokedAt),
          ),
        )
        .returning({ id: creditRecords.id });
      revoked.push(...rows.map((r) => r.id));
    }

    const mechanism = (await currentMechanism(tx, ctx)).document;
    const config = assessmentConfig(mechanism);
    const rankings: Record<
      string,
      {
        rank: number | null;
        /** Annual assessments: 优秀 or 后进 by the mechanism's `yearEnd` counts. */
        standing?: YearEndStanding | null;
        targetId: string;
        targetName: string;
        total: number;
        grade: string | null;
        passed: boolean;
        vetoed: boolean;
      }[]
    > = {};
    for (const c of cards) {
      const list = rankings[c.templateCode] ?? [];
      list.push({
        rank: c.rank,
        targetId: c.targetId,
        targetName: c.targetName,
        total: c.total,
        grade: c.grade,
        passed: c.passed,
        vetoed: c.vetoed,
      });
      rankings[c.templateCode] = list;
    }
    if (row.kind === "annual") {
      for (const list of Object.values(rankings)) {
        const standings = yearEndStandings(list, config.yearEnd);
        list.forEach((entry, i) => {
          entry.standing = standings[i] ?? null;
        });
      }
    }

    const credit: {
      recordId: string;
      companyId: string;
      kind: "good" | "bad";
      category: string;
      points: number;
      templateCode: string;
    }[] = [];
    for (const entry of assessmentCreditRecords(row, cards, config)) {
      const record = await insertCreditRecord(tx, ctx, {
        companyId: entry.companyId,
        kind: entry.kind,
        category: entry.category,
        points: entry.points,
        source: "assessment",
        sourceId: row.id,
        evidence: entry.evidence,
        effectiveOn: today,
      });
      credit.push({
        recordId: record.id,
        companyId: entry.companyId,
        kind: entry.kind,
        category: entry.category,
        points: entry.points,
        templateCode: entry.templateCode,
      });
    }
    const results = { rankings, credit, revokedCreditRecords: revoked };
    const [published] = await tx
      .update(assessments)
      .set({ status: "published", publishedAt: now, publishedBy: actor, results, updatedAt: now })
      .where(and(eq(assessments.tenantId, ctx.tenant.id), eq(assessments.id, id)))
      .returning();
    if (!published) throw new Error("update returned nothing");
    await audit(tx, ctx, ctx.tenant.id, {
      action: "assessment.publish",
      targetType: AUDIT_TARGET,
      targetId: id,
      before: row,
      after: published,
    });
    return detailOf(tx, ctx, published);
  });
}
