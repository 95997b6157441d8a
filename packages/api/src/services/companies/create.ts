import { type CreateCompanyInput, newId } from "@propgov/core";
import { companies, type Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { assertCountyWide, reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { assertEntryYear, assertUsccFree, mapUsccRace } from "./checks.js";
import { type CompanyView, companyView } from "./view.js";

type AttributeKey =
  | "registeredCapital"
  | "qualification"
  | "brandRank"
  | "projectsManaged"
  | "enteredCountyYear";
/** What {@link insertCompany} takes: a parsed create body, whose attributes callers may leave out (null). */
export type CompanyInsert = Omit<CreateCompanyInput, AttributeKey> &
  Partial<Pick<CreateCompanyInput, AttributeKey>>;

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
