import {
  AppError,
  type CreditConfig,
  createCreditRecordSchema,
  defaultExpiresOn,
  newId,
  publicationDueOn,
  unprocessable,
} from "@propgov/core";
import { companies, creditRecords, type PenaltyDetails, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { workingCalendarFor } from "../calendar.js";
import { inTenant } from "../tx.js";
import { loadCreditConfig } from "./config.js";
import { penaltyOf } from "./penalties.js";
import { type CreditRecordView, creditRecordView } from "./view.js";

/** What a caller (a route, assessment publishing, a finding) files as one credit record. */
export interface InsertCreditRecordInput {
  companyId: string;
  kind: "good" | "bad";
  category: string;
  points: number;
  source: "assessment" | "finding" | "administrativePenalty" | "award" | "manual";
  sourceId?: string | null;
  evidence: string;
  effectiveOn: string;
  expiresOn?: string | null;
  public?: boolean;
  /** Required for administrativePenalty; `decidedOn` defaults to effectiveOn. */
  penalty?: (Omit<PenaltyDetails, "decidedOn"> & { decidedOn?: string | null }) | null;
}

/**
 * Validates and inserts one credit record in the caller's transaction (routes, assessment
 * publishing and findings compose it), defaulting expiresOn from the tenant's credit config and
 * a penalty's decidedOn from effectiveOn, and audits `credit.record`. Errors name `body.*` paths.
 * `config` may be passed by callers that already hold it; otherwise the current mechanism's.
 */
export async function insertCreditRecord(
  tx: Tx,
  ctx: TenantServiceContext,
  input: InsertCreditRecordInput,
  config?: CreditConfig,
): Promise<CreditRecordView> {
  const { companyId, ...body } = input;
  const parsed = createCreditRecordSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = `body.${issue?.path.join(".") ?? ""}`;
    throw new AppError("unprocessable", `Invalid credit record: ${path} ${issue?.message ?? ""}`.trim(), {
      errors: parsed.error.issues.map((i) => ({ path: `body.${i.path.join(".")}`, message: i.message })),
    });
  }
  const data = parsed.data;
  const cfg = config ?? (await loadCreditConfig(tx, ctx));
  const expiresOn = data.expiresOn ?? defaultExpiresOn(data.effectiveOn, cfg);
  if (expiresOn < data.effectiveOn) {
    throw unprocessable("body.expiresOn", "On or after effectiveOn.", {
      detail: "expiresOn is before effectiveOn.",
    });
  }
  const penalty = penaltyOf(data);
  const [company] = await tx
    .select({ id: companies.id })
    .from(companies)
    .where(and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, companyId)));
  if (!company) throw new AppError("not_found", `Company '${companyId}' was not found.`);

  const now = ctx.deps.now();
  const principal = ctx.principal;
  const [row] = await tx
    .insert(creditRecords)
    .values({
      tenantId: ctx.tenant.id,
      id: newId("creditRecord", now.getTime()),
      companyId,
      kind: data.kind,
      category: data.category,
      points: data.points,
      source: data.source,
      sourceId: data.sourceId ?? null,
      evidence: data.evidence,
      effectiveOn: data.effectiveOn,
      expiresOn,
      public: data.public ?? true,
      penalty,
      publishDueOn: penalty
        ? publicationDueOn(penalty.decidedOn, cfg, await workingCalendarFor(tx, ctx))
        : null,
      createdBy: principal?.kind === "user" || principal?.kind === "platformUser" ? principal.userId : null,
      createdAt: now,
      updatedAt: now,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  const view = creditRecordView(ctx, row);
  await audit(tx, ctx, ctx.tenant.id, {
    action: "credit.record",
    targetType: "creditRecord",
    targetId: row.id,
    after: view,
  });
  return view;
}

/**
 * `POST /credit/companies/{id}/records`: county administrators file any record; department
 * officers only administrative penalties (行政处罚) their department decided (403 otherwise).
 */
export async function createCreditRecord(
  ctx: TenantServiceContext,
  companyId: string,
  input: Omit<InsertCreditRecordInput, "companyId">,
): Promise<CreditRecordView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    if (reach.kind === "department" && input.source !== "administrativePenalty") {
      throw new AppError("forbidden", "Department officers file administrative penalties only.", {
        errors: [{ path: "body.source", message: "Only 'administrativePenalty' for your role." }],
      });
    }
    if (reach.kind !== "county" && reach.kind !== "department") {
      throw new AppError(
        "forbidden",
        "Only county administrators and department officers file credit records.",
      );
    }
    // An archived company keeps its file: penalties decided before it left still go on record.
    return insertCreditRecord(tx, ctx, { ...input, companyId });
  });
}
