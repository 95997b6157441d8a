import { dateInZone, type ObligationKind, type PolicyView } from "@propgov/core";
import { contractProjectManagers, contracts, type Tx } from "@propgov/db";
import { type AnyColumn, and, asc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";

/**
 * The active contracts (in a scope, those of its compounds) with the number and the days of
 * project-manager changes recorded by `day`: entries of the manager history, less the first.
 */
export async function loadContracts(
  tx: Tx,
  ctx: TenantServiceContext,
  day: SQL,
  scoped: boolean,
  inScope: (column: AnyColumn) => SQL | undefined,
): Promise<PolicyView["contracts"]> {
  const tenantId = ctx.tenant.id;
  // Changes = entries of the project-manager history recorded by the day, less the first.
  const contractRows = await tx
    .select({
      id: contracts.id,
      companyId: contracts.companyId,
      compoundId: contracts.compoundId,
      startsOn: contracts.startsOn,
      endsOn: contracts.endsOn,
      obligations: contracts.obligations,
      // Qualified by hand: in a one-table select drizzle writes bare column names, which inside the
      // subquery would name the history's own columns.
      managers: sql<number>`(select count(*)::int from ${contractProjectManagers} m where m.tenant_id = "contracts"."tenant_id" and m.contract_id = "contracts"."id" and m.since < (${day} + 1))`,
    })
    .from(contracts)
    .where(and(eq(contracts.tenantId, tenantId), isNull(contracts.archivedAt), inScope(contracts.compoundId)))
    .orderBy(asc(contracts.id));

  // The same history entries as the count above, for the days of the changes (the first is none).
  const managerRows =
    contractRows.length > 0
      ? await tx
          .select({ contractId: contractProjectManagers.contractId, since: contractProjectManagers.since })
          .from(contractProjectManagers)
          .where(
            and(
              eq(contractProjectManagers.tenantId, tenantId),
              sql`${contractProjectManagers.since} < (${day} + 1)`,
              scoped
                ? inArray(
                    contractProjectManagers.contractId,
                    contractRows.map((c) => c.id),
                  )
                : undefined,
            ),
          )
          .orderBy(
            asc(contractProjectManagers.contractId),
            asc(contractProjectManagers.since),
            asc(contractProjectManagers.id),
          )
      : [];
  const changedOn = new Map<string, string[]>();
  for (const m of managerRows) {
    const days = changedOn.get(m.contractId);
    if (days) days.push(dateInZone(m.since, ctx.tenant.timezone));
    else changedOn.set(m.contractId, []); // the first entry is the manager the contract began with
  }

  return contractRows.map(({ managers, obligations, ...c }) => ({
    ...c,
    obligations: obligations.map((o) => ({ kind: o.kind as ObligationKind, value: o.value })),
    projectManagerChanges: Math.max(0, Number(managers) - 1),
    projectManagerChangedOn: changedOn.get(c.id) ?? [],
  }));
}
