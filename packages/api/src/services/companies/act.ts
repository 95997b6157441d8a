import { AppError, type UpdateCompanyInput } from "@propgov/core";
import { companies } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { assertCountyWide, reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { assertEntryYear, assertUsccFree, mapUsccRace } from "./checks.js";
import { findCompany } from "./read.js";
import { type CompanyView, companyView } from "./view.js";

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
