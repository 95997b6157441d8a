import {
  AppError,
  type AssessmentKindName,
  assessmentKindLabels,
  assessmentKindPeriod,
  newId,
  unprocessable,
} from "@propgov/core";
import { assessments } from "@propgov/db";
import { and, eq, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { actorOf, audit } from "../audit.js";
import { periodOf } from "../evaluations.js";
import { currentMechanism } from "../mechanism.js";
import { inTenant } from "../tx.js";
import { assessmentConfig, writeCards } from "./compute.js";
import { detailOf } from "./read.js";
import { latestTemplates, templateDocument } from "./templates.js";
import { type AssessmentDetail, AUDIT_TARGET, type TemplateRow } from "./view.js";

export interface CreateAssessmentInput {
  kind: AssessmentKindName;
  period: string;
  templates?: string[] | undefined;
}

/**
 * `POST /assessments`: a draft for the kind and period, scoring every target of every active
 * template (or of the codes named) from the period's data. One assessment per kind and period
 * (409 with `existingId`; correct a published one with a revision).
 */
export async function createAssessment(
  ctx: TenantServiceContext,
  input: CreateAssessmentInput,
): Promise<AssessmentDetail> {
  const period = periodOf(input.period);
  const expected = assessmentKindPeriod[input.kind];

  if (period.kind !== expected) {
    throw new AppError("unprocessable", `A ${input.kind} assessment is of a ${expected}.`, {
      errors: [
        {
          path: "body.period",
          message: `A ${expected}, e.g. ${expected === "month" ? "2026-10" : expected === "quarter" ? "2026-Q4" : "2026"}.`,
        },
      ],
    });
  }
  return inTenant(ctx, async (tx) => {
    const config = assessmentConfig((await currentMechanism(tx, ctx)).document);
    const [setting, on] = {
      monthlyBulletin: ["monthlyBulletin", config.monthlyBulletin.enabled],
      quarterly: ["quarterly", config.quarterly.enabled],
      annual: ["yearEnd", config.yearEnd.enabled],
    }[input.kind];
    if (!on) {
      throw unprocessable(
        "body.kind",
        `The county's mechanism turns ${input.kind} assessments off (policies.assessment.config.${setting}.enabled).`,
        {
          code: "assessmentKindOff",
          detail: `${assessmentKindLabels[input.kind].zh}已在本县机制中关闭 / ${assessmentKindLabels[input.kind].en} assessments are turned off in the county's mechanism.`,
        },
      );
    }
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`assessment:${ctx.tenant.id}:${input.kind}:${period.label}`}))`,
    );
    const [existing] = await tx
      .select({ id: assessments.id })
      .from(assessments)
      .where(
        and(
          eq(assessments.tenantId, ctx.tenant.id),
          eq(assessments.kind, input.kind),
          eq(assessments.period, period.label),
        ),
      )
      .limit(1);
    if (existing) {
      throw new AppError(
        "conflict",
        `A ${input.kind} assessment of ${period.label} exists ('${existing.id}'); recompute its draft or revise it.`,
        { extensions: { existingId: existing.id } },
      );
    }
    const latest = await latestTemplates(tx, ctx);
    let chosen: TemplateRow[];
    // A template is scored in the cycles it names (older documents without `kinds`: all, the default).
    const kindsOf = (t: TemplateRow) => templateDocument(t).kinds;
    if (input.templates?.length) {
      chosen = input.templates.map((code, i) => {
        const t = latest.find((r) => r.code === code);
        if (!t)
          throw new AppError("unprocessable", `No assessment template '${code}'.`, {
            errors: [{ path: `body.templates.${i}`, message: "No template with this code." }],
          });
        if (!kindsOf(t).includes(input.kind))
          throw new AppError(
            "unprocessable",
            `Template '${code}' is scored in ${kindsOf(t).join(", ")} assessments, not ${input.kind}.`,
            {
              errors: [
                {
                  path: `body.templates.${i}`,
                  message: `Not scored in ${input.kind} assessments (its kinds).`,
                },
              ],
            },
          );
        return t;
      });
    } else chosen = latest.filter((t) => templateDocument(t).active && kindsOf(t).includes(input.kind));
    if (chosen.length === 0) {
      throw new AppError("unprocessable", "No active assessment template applies.", {
        errors: [{ path: "body.templates", message: "Create or activate a template first." }],
      });
    }
    const mechanism = await currentMechanism(tx, ctx);
    const now = ctx.deps.now();
    const [row] = await tx
      .insert(assessments)
      .values({
        tenantId: ctx.tenant.id,
        id: newId("assessment"),
        kind: input.kind,
        period: period.label,
        revision: 1,
        status: "draft",
        templates: chosen.map((t) => ({ templateId: t.id, code: t.code, version: t.version })),
        mechanismVersion: mechanism.version,
        computedAt: now,
        createdBy: actorOf(ctx.principal).actorId,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    await writeCards(tx, ctx, row, chosen, new Map());
    await audit(tx, ctx, ctx.tenant.id, {
      action: "assessment.create",
      targetType: AUDIT_TARGET,
      targetId: row.id,
      after: row,
    });
    return detailOf(tx, ctx, row);
  });
}
