import { AppError, type CreateNominationInput, newId } from "@propgov/core";
import { contracts, excellenceNominations, PgCode, pgErrorCode } from "@propgov/db";
import { and, eq, ne } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { contractsWithin } from "../access/excellence.js";
import { reachOf } from "../access/reach.js";
import { actorIdOf, audit } from "../audit.js";
import { currentMechanism } from "../mechanism.js";
import { inTenant } from "../tx.js";
import { excellenceConfig } from "./candidates.js";
import {
  AUDIT_TARGET,
  contractOf,
  contractQuery,
  type NominationRow,
  type NominationView,
  nominationView,
} from "./view.js";

const duplicate = (input: CreateNominationInput, existing?: { id: string; status: string }) =>
  new AppError(
    "conflict",
    `Contract '${input.contractId}' is already nominated for ${input.level} in ${input.year}${existing ? ` (nomination '${existing.id}', ${existing.status})` : ""}; a contract is nominated once per level and year, unless that nomination was withdrawn.`,
    {
      errors: [
        { path: "body.contractId", message: `Already nominated for ${input.level} in ${input.year}.` },
      ],
      ...(existing ? { extensions: { existingId: existing.id, existingStatus: existing.status } } : {}),
    },
  );

/**
 * Nominates a contract (申报): the county any contract, a company its own. The contract must be
 * active (not archived) and run at some time in the year, and the level one the tenant's
 * cultivateExcellence config lists; once per contract, level and year (409), a withdrawn
 * nomination leaving room for a new one.
 */
export async function createNomination(
  ctx: TenantServiceContext,
  input: CreateNominationInput,
): Promise<NominationView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    if (reach.kind !== "county" && reach.kind !== "company") {
      throw new AppError(
        "forbidden",
        "County administrators and companies (for their own contracts) nominate.",
      );
    }
    const [contract] = await contractQuery(tx)
      .where(
        and(
          eq(contracts.tenantId, ctx.tenant.id),
          eq(contracts.id, input.contractId),
          contractsWithin(reach),
        ),
      )
      .for("update", { of: contracts });
    if (!contract) {
      throw new AppError("unprocessable", `Contract '${input.contractId}' was not found among yours.`, {
        errors: [{ path: "body.contractId", message: "No such contract within your reach." }],
      });
    }
    if (contract.archivedAt) {
      throw new AppError("unprocessable", `Contract '${input.contractId}' is archived.`, {
        errors: [{ path: "body.contractId", message: "The contract is archived." }],
      });
    }
    if (contract.startsOn > `${input.year}-12-31` || contract.endsOn < `${input.year}-01-01`) {
      throw new AppError(
        "unprocessable",
        `Contract '${input.contractId}' runs from ${contract.startsOn} to ${contract.endsOn}, not in ${input.year}.`,
        { errors: [{ path: "body.year", message: `The contract does not run in ${input.year}.` }] },
      );
    }
    const config = excellenceConfig((await currentMechanism(tx, ctx)).document);
    if (!config.candidates.levels.includes(input.level)) {
      throw new AppError(
        "unprocessable",
        `This county does not put contracts forward for ${input.level} excellent projects.`,
        {
          errors: [
            {
              path: "body.level",
              message: `One of the county's levels: ${config.candidates.levels.join(", ")}.`,
            },
          ],
        },
      );
    }
    const [existing] = await tx
      .select({ id: excellenceNominations.id, status: excellenceNominations.status })
      .from(excellenceNominations)
      .where(
        and(
          eq(excellenceNominations.tenantId, ctx.tenant.id),
          eq(excellenceNominations.contractId, input.contractId),
          eq(excellenceNominations.level, input.level),
          eq(excellenceNominations.year, input.year),
          ne(excellenceNominations.status, "withdrawn"),
        ),
      );
    if (existing) throw duplicate(input, existing);

    const now = ctx.deps.now();
    const p = ctx.principal;
    let row: NominationRow | undefined;
    try {
      [row] = await tx
        .insert(excellenceNominations)
        .values({
          tenantId: ctx.tenant.id,
          id: newId("nomination", now.getTime()),
          contractId: input.contractId,
          level: input.level,
          year: input.year,
          status: "nominated",
          note: input.note ?? null,
          createdBy: p?.kind === "platformUser" ? null : actorIdOf(p),
          createdAt: now,
          updatedAt: now,
        })
        .returning();
    } catch (error) {
      // A concurrent nomination of the same contract, level and year won the race.
      if (pgErrorCode(error) === PgCode.uniqueViolation) throw duplicate(input);
      throw error;
    }
    if (!row) throw new Error("insert returned nothing");
    const view = nominationView(row, contractOf(contract));
    await audit(tx, ctx, ctx.tenant.id, {
      action: "excellenceNomination.create",
      targetType: AUDIT_TARGET,
      targetId: row.id,
      after: { ...view, decisionNote: input.note ?? null },
    });
    return view;
  });
}
