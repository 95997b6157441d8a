import {
  AppError,
  type CompanyQualification,
  type CreateCompanyInput,
  entryYearProblem,
  newId,
  type UpdateCompanyInput,
} from "@propgov/core";
import { companies, PgCode, pgErrorCode, type Tx } from "@propgov/db";
import { and, asc, eq, gt, isNull, ne } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { companiesWithin } from "./access/companies.js";
import { assertCountyWide, type Reach, reachOf } from "./access/reach.js";
import { audit } from "./audit.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { textMatches } from "./search.js";
import { tenantToday } from "./time.js";
import { inTenant } from "./tx.js";

export interface CompanyView {
  id: string;
  name: string;
  uscc: string;
  legalRepresentative: string;
  phone: string;
  local: boolean;
  partyMembers: number;
  registeredCapital: number | null;
  qualification: CompanyQualification | null;
  brandRank: number | null;
  projectsManaged: number | null;
  enteredCountyYear: number | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

type Row = typeof companies.$inferSelect;

export const companyView = (row: Row): CompanyView => ({
  id: row.id,
  name: row.name,
  uscc: row.uscc,
  legalRepresentative: row.legalRepresentative,
  phone: row.phone,
  local: row.local,
  partyMembers: row.partyMembers,
  registeredCapital: row.registeredCapital,
  qualification: row.qualification,
  brandRank: row.brandRank,
  projectsManaged: row.projectsManaged,
  enteredCountyYear: row.enteredCountyYear,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});

const usccTaken = (uscc: string) =>
  new AppError(
    "conflict",
    `An active company with the unified social credit code '${uscc}' already exists.`,
    {
      errors: [{ path: "body.uscc", message: "Already registered to another active company." }],
    },
  );

/**
 * Refuses a USCC another active company holds. Checked first, inside the transaction, so the
 * conflict names the field even when the caller composes several inserts in one transaction;
 * the unique index still decides races (mapped in {@link mapUsccRace}).
 */
async function assertUsccFree(tx: Tx, ctx: TenantServiceContext, uscc: string, exceptId?: string) {
  const [clash] = await tx
    .select({ id: companies.id })
    .from(companies)
    .where(
      and(
        eq(companies.tenantId, ctx.tenant.id),
        eq(companies.uscc, uscc),
        isNull(companies.archivedAt),
        exceptId ? ne(companies.id, exceptId) : undefined,
      ),
    )
    .limit(1);
  if (clash) throw usccTaken(uscc);
}

/**
 * Runs a write that may hit `companies_uscc_key` in a savepoint: a concurrent duplicate becomes
 * the same 409 naming `body.uscc`, and the caller's transaction stays usable.
 */
async function mapUsccRace<T>(tx: Tx, uscc: string, write: (sp: Tx) => Promise<T>): Promise<T> {
  try {
    return await tx.transaction((sp) => write(sp as Tx));
  } catch (error) {
    if (pgErrorCode(error) === PgCode.uniqueViolation) throw usccTaken(uscc);
    throw error;
  }
}

type AttributeKey =
  | "registeredCapital"
  | "qualification"
  | "brandRank"
  | "projectsManaged"
  | "enteredCountyYear";
/** What {@link insertCompany} takes: a parsed create body, whose attributes callers may leave out (null). */
export type CompanyInsert = Omit<CreateCompanyInput, AttributeKey> &
  Partial<Pick<CreateCompanyInput, AttributeKey>>;

/** The county's current year by the injected clock, in its zone. */
export const currentYearOf = (ctx: TenantServiceContext) => Number(tenantToday(ctx).slice(0, 4));

/** Refuses an entry year after the county's current year: 422 naming `body.enteredCountyYear`. */
function assertEntryYear(ctx: TenantServiceContext, year: number | null | undefined) {
  const problem = entryYearProblem(year, currentYearOf(ctx));
  if (problem)
    throw new AppError("unprocessable", `enteredCountyYear ${year} lies in the future.`, {
      errors: [{ path: "body.enteredCountyYear", message: problem }],
    });
}

/**
 * Inserts a company in the caller's transaction, with its audit event (bulk import and demo data
 * compose it; the caller checks the caller's right to write). A USCC held by another active
 * company is an AppError `conflict` naming `body.uscc`.
 */
export async function insertCompany(
  tx: Tx,
  ctx: TenantServiceContext,
  input: CompanyInsert,
): Promise<CompanyView> {
  assertEntryYear(ctx, input.enteredCountyYear);
  await assertUsccFree(tx, ctx, input.uscc);
  const now = ctx.deps.now();
  const row = await mapUsccRace(tx, input.uscc, async (sp) => {
    const [inserted] = await sp
      .insert(companies)
      .values({
        tenantId: ctx.tenant.id,
        id: newId("company", now.getTime()),
        name: input.name,
        uscc: input.uscc,
        legalRepresentative: input.legalRepresentative,
        phone: input.phone,
        local: input.local,
        partyMembers: input.partyMembers,
        registeredCapital: input.registeredCapital ?? null,
        qualification: input.qualification ?? null,
        brandRank: input.brandRank ?? null,
        projectsManaged: input.projectsManaged ?? null,
        enteredCountyYear: input.enteredCountyYear ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return inserted;
  });
  if (!row) throw new Error("insert returned nothing");
  const view = companyView(row);
  await audit(tx, ctx, ctx.tenant.id, {
    action: "company.create",
    targetType: "company",
    targetId: row.id,
    after: view,
  });
  return view;
}

export async function createCompany(ctx: TenantServiceContext, input: CreateCompanyInput) {
  return inTenant(ctx, async (tx) => {
    assertCountyWide(await reachOf(tx, ctx), "the register of property companies");
    return insertCompany(tx, ctx, input);
  });
}

export interface ListCompaniesInput {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  local?: boolean | undefined;
  includeArchived?: boolean | undefined;
}

export async function listCompanies(
  ctx: TenantServiceContext,
  input: ListCompaniesInput,
): Promise<Page<CompanyView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    return tx
      .select()
      .from(companies)
      .where(
        and(
          eq(companies.tenantId, ctx.tenant.id),
          companiesWithin(reach),
          after ? gt(companies.id, after) : undefined,
          input.includeArchived ? undefined : isNull(companies.archivedAt),
          input.local === undefined ? undefined : eq(companies.local, input.local),
          textMatches(input.q, companies.name, companies.uscc),
        ),
      )
      .orderBy(asc(companies.id))
      .limit(input.limit + 1);
  });
  return toPage(rows.map(companyView), input.limit);
}

async function findCompany(tx: Tx, ctx: TenantServiceContext, reach: Reach, id: string, lock = false) {
  const query = tx
    .select()
    .from(companies)
    .where(and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, id), companiesWithin(reach)));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found", `Company '${id}' was not found.`);
  return row;
}

export async function getCompany(ctx: TenantServiceContext, id: string): Promise<CompanyView> {
  return inTenant(ctx, async (tx) => companyView(await findCompany(tx, ctx, await reachOf(tx, ctx), id)));
}

export async function updateCompany(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateCompanyInput,
): Promise<CompanyView> {
  assertEntryYear(ctx, input.enteredCountyYear);
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertCountyWide(reach, "the register of property companies");
    const before = await findCompany(tx, ctx, reach, id, true);
    if (input.uscc !== undefined && input.uscc !== before.uscc && !before.archivedAt) {
      await assertUsccFree(tx, ctx, input.uscc, id);
    }
    const row = await mapUsccRace(tx, input.uscc ?? before.uscc, async (sp) => {
      const [updated] = await sp
        .update(companies)
        .set({
          ...(input.name !== undefined ? { name: input.name } : {}),
          ...(input.uscc !== undefined ? { uscc: input.uscc } : {}),
          ...(input.legalRepresentative !== undefined
            ? { legalRepresentative: input.legalRepresentative }
            : {}),
          ...(input.phone !== undefined ? { phone: input.phone } : {}),
          ...(input.local !== undefined ? { local: input.local } : {}),
          ...(input.partyMembers !== undefined ? { partyMembers: input.partyMembers } : {}),
          ...(input.registeredCapital !== undefined ? { registeredCapital: input.registeredCapital } : {}),
          ...(input.qualification !== undefined ? { qualification: input.qualification } : {}),
          ...(input.brandRank !== undefined ? { brandRank: input.brandRank } : {}),
          ...(input.projectsManaged !== undefined ? { projectsManaged: input.projectsManaged } : {}),
          ...(input.enteredCountyYear !== undefined ? { enteredCountyYear: input.enteredCountyYear } : {}),
          updatedAt: ctx.deps.now(),
        })
        .where(and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, id)))
        .returning();
      return updated;
    });
    if (!row) throw new AppError("not_found", `Company '${id}' was not found.`);
    const view = companyView(row);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "company.update",
      targetType: "company",
      targetId: id,
      before: companyView(before),
      after: view,
    });
    return view;
  });
}

/** Soft delete: the company leaves lists (unless asked for) and its USCC is free again. */
export async function archiveCompany(ctx: TenantServiceContext, id: string): Promise<CompanyView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertCountyWide(reach, "the register of property companies");
    const before = await findCompany(tx, ctx, reach, id, true);
    if (before.archivedAt) return companyView(before);
    const now = ctx.deps.now();
    const [row] = await tx
      .update(companies)
      .set({ archivedAt: now, updatedAt: now })
      .where(and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Company '${id}' was not found.`);
    const view = companyView(row);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "company.archive",
      targetType: "company",
      targetId: id,
      before: companyView(before),
      after: view,
    });
    return view;
  });
}
