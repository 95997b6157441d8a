import { type CreatePartyOrgInput, unprocessable } from "@propgov/core";
import { committees, companies, compounds, regions, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { assertCountyWide, compoundsWithin, type Reach, regionsWithin } from "../access/reach.js";

export const COMPANY_BRANCHES = "company party branches (the register of companies is county-wide)";

/**
 * Checks what a new party organisation attaches to: it exists, is active, lies within the
 * caller's reach, and (for a community party organisation) is a community.
 */
export async function assertAttachment(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  input: CreatePartyOrgInput,
) {
  const tenantId = ctx.tenant.id;
  if (input.kind === "communityCommittee") {
    const id = input.regionId ?? "";
    const [row] = await tx
      .select({ kind: regions.kind, archivedAt: regions.archivedAt })
      .from(regions)
      .where(and(eq(regions.tenantId, tenantId), eq(regions.id, id), regionsWithin(reach)));
    if (!row) {
      throw unprocessable("body.regionId", "No such region within your reach.", {
        detail: `Region '${id}' was not found in your part of the county.`,
      });
    }
    if (row.archivedAt)
      throw unprocessable("body.regionId", "The region is archived.", {
        detail: `Region '${id}' is archived.`,
      });
    if (row.kind !== "community") {
      throw unprocessable(
        "body.regionId",
        `A community party organisation attaches to a community, not a ${row.kind}.`,
        {
          detail: `Region '${id}' is a ${row.kind}; a community party organisation attaches to a community.`,
        },
      );
    }
  } else if (input.kind === "compoundBranch") {
    const id = input.compoundId ?? "";
    const [row] = await tx
      .select({ archivedAt: compounds.archivedAt })
      .from(compounds)
      .where(and(eq(compounds.tenantId, tenantId), eq(compounds.id, id), compoundsWithin(reach)));
    if (!row) {
      throw unprocessable("body.compoundId", "No such compound within your reach.", {
        detail: `Compound '${id}' was not found in your part of the county.`,
      });
    }
    if (row.archivedAt) {
      throw unprocessable("body.compoundId", "The compound is archived.", {
        detail: `Compound '${id}' is archived.`,
      });
    }
  } else if (input.kind === "companyBranch") {
    assertCountyWide(reach, COMPANY_BRANCHES);
    const id = input.companyId ?? "";
    const [row] = await tx
      .select({ archivedAt: companies.archivedAt })
      .from(companies)
      .where(and(eq(companies.tenantId, tenantId), eq(companies.id, id)));
    if (!row)
      throw unprocessable("body.companyId", "No such company.", { detail: `Company '${id}' was not found.` });
    if (row.archivedAt) {
      throw unprocessable("body.companyId", "The company is archived.", {
        detail: `Company '${id}' is archived.`,
      });
    }
  } else {
    const id = input.committeeId ?? "";
    const [row] = await tx
      .select({ archivedAt: committees.archivedAt })
      .from(committees)
      .innerJoin(
        compounds,
        and(eq(compounds.tenantId, committees.tenantId), eq(compounds.id, committees.compoundId)),
      )
      .where(and(eq(committees.tenantId, tenantId), eq(committees.id, id), compoundsWithin(reach)));
    if (!row) {
      throw unprocessable("body.committeeId", "No such committee within your reach.", {
        detail: `Committee '${id}' was not found in your part of the county.`,
      });
    }
    if (row.archivedAt) {
      throw unprocessable("body.committeeId", "The committee is archived.", {
        detail: `Committee '${id}' is archived.`,
      });
    }
  }
}
