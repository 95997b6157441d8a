import {
  AppError,
  type AssessmentTemplate,
  type AssessmentTemplateInput,
  assessmentTemplateSchema,
  newId,
  parseTemplate,
  presetTemplates,
} from "@propgov/core";
import { assessmentTemplates, PgCode, pgErrorCode, type Tx } from "@propgov/db";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import type { ServiceContext, TenantServiceContext } from "../../context.js";
import { actorOf, audit } from "../audit.js";
import { inTenant } from "../tx.js";

type Row = typeof assessmentTemplates.$inferSelect;

/** One version of a template. */
export interface TemplateVersionView {
  id: string;
  code: string;
  version: number;
  targetKind: AssessmentTemplate["targetKind"];
  document: AssessmentTemplate;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
}

/**
 * A version's document as read. Documents are stored only after validation, but a version
 * written before a field with a default existed (`kinds`: scored in every cycle) lacks it: core's
 * schema fills the defaults in. One the schema refuses is a fault of the data, not of the request.
 */
export function templateDocument(row: Pick<Row, "id" | "document">): AssessmentTemplate {
  const parsed = assessmentTemplateSchema.safeParse(row.document);
  if (!parsed.success)
    throw new Error(`assessment template ${row.id}: stored document does not parse`, { cause: parsed.error });
  return parsed.data;
}

export const templateView = (row: Row): TemplateVersionView => ({
  id: row.id,
  code: row.code,
  version: row.version,
  targetKind: row.targetKind,
  document: templateDocument(row),
  note: row.note,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
});

async function insertVersion(
  tx: Tx,
  ctx: ServiceContext,
  tenantId: string,
  code: string,
  version: number,
  document: AssessmentTemplate,
  note: string | null,
): Promise<Row> {
  const [row] = await tx
    .insert(assessmentTemplates)
    .values({
      tenantId,
      id: newId("assessmentTemplate"),
      code,
      version,
      targetKind: document.targetKind,
      document,
      note,
      createdBy: actorOf(ctx.principal).actorId,
      createdAt: ctx.deps.now(),
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  return row;
}

/**
 * Writes version 1 of each template a preset ships, in the caller's transaction (the tenant's
 * creation, with the tenant entered for row-level security). Not audited on its own: part of
 * `tenant.create`, like the initial mechanism.
 */
export async function insertPresetTemplates(tx: Tx, ctx: ServiceContext, tenantId: string, presetId: string) {
  for (const [code, input] of Object.entries(presetTemplates(presetId))) {
    await insertVersion(tx, ctx, tenantId, code, 1, parseTemplate(input), null);
  }
}

/**
 * Gives a county the assessment templates a preset ships that it lacks: a county created before
 * templates existed, or on a preset that shipped fewer, gets version 1 of each missing code. Codes
 * it has are kept as they are (the county's own versions are never overwritten). Audited.
 */
export async function installPresetTemplates(
  ctx: TenantServiceContext,
  presetId: string,
): Promise<{ preset: string; installed: string[]; kept: string[] }> {
  const shipped = presetTemplates(presetId);
  if (Object.keys(shipped).length === 0) {
    throw new AppError("unprocessable", `Preset '${presetId}' ships no assessment templates.`, {
      errors: [{ path: "preset", message: "A preset with assessment templates, e.g. anhui-3338." }],
    });
  }
  return inTenant(ctx, async (tx) => {
    const have = new Set((await latestTemplates(tx, ctx)).map((r) => r.code));
    const installed: string[] = [];
    const kept: string[] = [];
    for (const [code, input] of Object.entries(shipped)) {
      if (have.has(code)) {
        kept.push(code);
        continue;
      }
      await insertVersion(tx, ctx, ctx.tenant.id, code, 1, parseTemplate(input), `preset ${presetId}`);
      installed.push(code);
    }
    if (installed.length > 0) {
      await audit(tx, ctx, ctx.tenant.id, {
        action: "assessmentTemplate.installPresets",
        targetType: "assessmentTemplate",
        after: { preset: presetId, installed, kept },
      });
    }
    return { preset: presetId, installed, kept };
  });
}

/** The latest version of every template code (or of the codes given), by code. */
export async function latestTemplates(tx: Tx, ctx: TenantServiceContext): Promise<Row[]> {
  return tx
    .selectDistinctOn([assessmentTemplates.code])
    .from(assessmentTemplates)
    .where(eq(assessmentTemplates.tenantId, ctx.tenant.id))
    .orderBy(asc(assessmentTemplates.code), desc(assessmentTemplates.version));
}

/** `GET /assessment-templates`: the latest version of each code, by code. */
export async function listTemplates(ctx: TenantServiceContext): Promise<TemplateVersionView[]> {
  return inTenant(ctx, async (tx) => (await latestTemplates(tx, ctx)).map(templateView));
}

export interface TemplateBody extends AssessmentTemplateInput {
  note?: string | undefined;
}

const conflict = (code: string) =>
  new AppError("conflict", `A template with code '${code}' already exists; PUT a new version instead.`, {
    errors: [{ path: "body.code", message: "Already taken." }],
  });

/** `POST /assessment-templates`: a new code, version 1 (409 when the code exists). */
export async function createTemplate(
  ctx: TenantServiceContext,
  input: TemplateBody & { code: string },
): Promise<TemplateVersionView> {
  const { code, note, ...doc } = input;
  const document = parseTemplate(doc, "body");
  try {
    return await inTenant(ctx, async (tx) => {
      const [existing] = await tx
        .select({ id: assessmentTemplates.id })
        .from(assessmentTemplates)
        .where(and(eq(assessmentTemplates.tenantId, ctx.tenant.id), eq(assessmentTemplates.code, code)))
        .limit(1);
      if (existing) throw conflict(code);
      const row = await insertVersion(tx, ctx, ctx.tenant.id, code, 1, document, note ?? null);
      await audit(tx, ctx, ctx.tenant.id, {
        action: "assessmentTemplate.create",
        targetType: "assessmentTemplate",
        targetId: row.id,
        after: row,
      });
      return templateView(row);
    });
  } catch (error) {
    if (pgErrorCode(error) === PgCode.uniqueViolation) throw conflict(code);
    throw error;
  }
}

/** `PUT /assessment-templates/{code}`: the next version of an existing code. */
export async function updateTemplate(
  ctx: TenantServiceContext,
  code: string,
  input: TemplateBody,
): Promise<TemplateVersionView> {
  const { note, ...doc } = input;
  const document = parseTemplate(doc, "body");
  try {
    return await inTenant(ctx, async (tx) => {
      // Versions of one code take turns.
      await tx.execute(
        sql`select pg_advisory_xact_lock(hashtext(${`assessmentTemplate:${ctx.tenant.id}:${code}`}))`,
      );
      const [latest] = await tx
        .select()
        .from(assessmentTemplates)
        .where(and(eq(assessmentTemplates.tenantId, ctx.tenant.id), eq(assessmentTemplates.code, code)))
        .orderBy(desc(assessmentTemplates.version))
        .limit(1);
      if (!latest) throw new AppError("not_found", `Assessment template '${code}' was not found.`);
      const row = await insertVersion(
        tx,
        ctx,
        ctx.tenant.id,
        code,
        latest.version + 1,
        document,
        note ?? null,
      );
      await audit(tx, ctx, ctx.tenant.id, {
        action: "assessmentTemplate.update",
        targetType: "assessmentTemplate",
        targetId: row.id,
        before: latest,
        after: row,
      });
      return templateView(row);
    });
  } catch (error) {
    if (pgErrorCode(error) === PgCode.uniqueViolation) {
      throw new AppError("conflict", `Template '${code}' changed meanwhile; try again.`);
    }
    throw error;
  }
}

/** Every version of a code, newest first (404 for an unknown code). */
export async function listTemplateVersions(
  ctx: TenantServiceContext,
  code: string,
): Promise<TemplateVersionView[]> {
  const rows = await inTenant(ctx, (tx) =>
    tx
      .select()
      .from(assessmentTemplates)
      .where(and(eq(assessmentTemplates.tenantId, ctx.tenant.id), eq(assessmentTemplates.code, code)))
      .orderBy(desc(assessmentTemplates.version)),
  );
  if (rows.length === 0) throw new AppError("not_found", `Assessment template '${code}' was not found.`);
  return rows.map(templateView);
}

/** One version of a code. */
export async function getTemplateVersion(
  ctx: TenantServiceContext,
  code: string,
  version: number,
): Promise<TemplateVersionView> {
  const [row] = await inTenant(ctx, (tx) =>
    tx
      .select()
      .from(assessmentTemplates)
      .where(
        and(
          eq(assessmentTemplates.tenantId, ctx.tenant.id),
          eq(assessmentTemplates.code, code),
          eq(assessmentTemplates.version, version),
        ),
      ),
  );
  if (!row)
    throw new AppError("not_found", `Version ${version} of assessment template '${code}' was not found.`);
  return templateView(row);
}
