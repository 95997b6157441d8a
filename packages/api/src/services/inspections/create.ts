import { type CreateInspectionInput, dateInZone, newId, obligationMet, unprocessable } from "@propgov/core";
import { companies, contractInspections, contracts } from "@propgov/db";
import { and, eq, gte, isNull, lte } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { assertMayWrite, lockReachableCompound, reachOf } from "../access/reach.js";
import { actorIdOf, audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { type InspectionView, inspectionView } from "./view.js";

/**
 * Records an inspection (履约检查) of a compound against the obligations of its contract in force
 * on the day inspected (in the county's zone). County administrators anywhere, region staff in
 * their subtree (else 422 naming `body.compoundId`). Each result names an obligation the contract
 * carries (422 naming `body.results.<i>.kind`); an observed value decides pass or fail by the
 * promise, and a `passed` that contradicts it is 422 naming `body.results.<i>.passed`.
 */
export async function createInspection(
  ctx: TenantServiceContext,
  input: CreateInspectionInput,
): Promise<InspectionView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    assertMayWrite(reach);
    const compound = await lockReachableCompound(tx, ctx, reach, input.compoundId);
    const inspectedAt = new Date(input.inspectedAt);
    const now = ctx.deps.now();
    if (inspectedAt.getTime() > now.getTime()) {
      throw unprocessable("body.inspectedAt", "An inspection is recorded after it took place, not before.");
    }
    const day = dateInZone(inspectedAt, ctx.tenant.timezone);
    const [contract] = await tx
      .select({ contract: contracts, companyName: companies.name })
      .from(contracts)
      .innerJoin(
        companies,
        and(eq(companies.tenantId, contracts.tenantId), eq(companies.id, contracts.companyId)),
      )
      .where(
        and(
          eq(contracts.tenantId, ctx.tenant.id),
          eq(contracts.compoundId, compound.id),
          isNull(contracts.archivedAt),
          lte(contracts.startsOn, day),
          gte(contracts.endsOn, day),
        ),
      )
      .limit(1);
    if (!contract) {
      throw unprocessable("body.compoundId", `The compound had no contract in force on ${day}.`);
    }
    const promises = new Map(contract.contract.obligations.map((o) => [o.kind, o.value]));
    const errors: { path: string; message: string }[] = [];
    const results = input.results.map((r, i) => {
      const promised = promises.get(r.kind);
      if (promised === undefined) {
        errors.push({
          path: `body.results.${i}.kind`,
          message: `The contract carries no '${r.kind}' obligation.`,
        });
        return null;
      }
      const met = r.observed === undefined ? undefined : obligationMet(r.kind, promised, r.observed);
      if (met !== undefined && r.passed !== undefined && met !== r.passed) {
        errors.push({
          path: `body.results.${i}.passed`,
          message: `Observed ${r.observed} against a promise of ${promised}: that ${met ? "passes" : "fails"}.`,
        });
      }
      return {
        kind: r.kind,
        promised,
        observed: r.observed ?? null,
        passed: met ?? r.passed ?? false,
        note: r.note ?? null,
      };
    });
    if (errors.length > 0) {
      throw unprocessable(errors, errors.map((e) => e.message).join(" "));
    }
    const [row] = await tx
      .insert(contractInspections)
      .values({
        tenantId: ctx.tenant.id,
        id: newId("inspection", now.getTime()),
        contractId: contract.contract.id,
        compoundId: compound.id,
        companyId: contract.contract.companyId,
        inspectedAt,
        inspector: input.inspector,
        results: results.filter((r) => r !== null),
        note: input.note ?? null,
        recordedBy: actorIdOf(ctx.principal),
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    const view = inspectionView({ row, compoundName: compound.name, companyName: contract.companyName });
    await audit(tx, ctx, ctx.tenant.id, {
      action: "inspection.create",
      targetType: "inspection",
      targetId: row.id,
      after: view,
    });
    return view;
  });
}
