import {
  configOf,
  type Mechanism,
  type MeetingLevel,
  type MeetingUnitType,
  meetingLevelLabels,
  meetingMatters,
  meetingUnitProblems,
  partyLeadershipConfigSchema,
  unprocessable,
} from "@propgov/core";
import {
  bodies,
  committees,
  companies,
  compounds,
  departments,
  partyOrgs,
  regions,
  type Tx,
  venues,
} from "@propgov/db";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import type { Reach } from "../access/reach.js";
import { pathWithin } from "../access/regions.js";

/** The region kinds each region level meets at. */
const regionKindsOf: Record<Exclude<MeetingLevel, "compound">, readonly string[]> = {
  township: ["township", "street"],
  community: ["community"],
};

/**
 * The meeting's unit, checked: the level exists in the mechanism; the unit is the one the level
 * needs (a township or street, a community, or a compound), active and within the writer's reach.
 */
export async function resolvePlace(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  mechanism: Mechanism,
  place: { level: MeetingLevel; regionId: string | null; compoundId: string | null },
): Promise<void> {
  const problems = meetingUnitProblems(place);
  if (problems.length) {
    throw unprocessable(
      problems.map((p) => ({ path: `body.${p.path}`, message: p.message })),
      problems.map((p) => p.message).join(" "),
    );
  }
  if (!mechanism.levels.some((l) => l.unit === place.level)) {
    const message = `The county's mechanism has no ${place.level} level.`;
    throw unprocessable([{ path: "body.level", message }], message);
  }
  if (place.level === "compound") {
    const id = place.compoundId as string;
    const [row] = await tx
      .select({ path: regions.path, archivedAt: compounds.archivedAt })
      .from(compounds)
      .innerJoin(
        regions,
        and(eq(regions.tenantId, compounds.tenantId), eq(regions.id, compounds.communityId)),
      )
      .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, id)));
    if (!row || !pathWithin(reach, row.path) || row.archivedAt) {
      const message = row?.archivedAt ? "The compound is archived." : "No such compound within your reach.";
      throw unprocessable([{ path: "body.compoundId", message }], `Compound '${id}': ${message}`);
    }
    return;
  }
  const id = place.regionId as string;
  const [row] = await tx
    .select({ kind: regions.kind, path: regions.path, archivedAt: regions.archivedAt })
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, id)));
  if (!row || !pathWithin(reach, row.path) || row.archivedAt) {
    const message = row?.archivedAt ? "The region is archived." : "No such region within your reach.";
    throw unprocessable([{ path: "body.regionId", message }], `Region '${id}': ${message}`);
  }
  const kinds = regionKindsOf[place.level];
  if (!kinds.includes(row.kind)) {
    const message = `A ${meetingLevelLabels[place.level].en.toLowerCase()} meeting is held at a ${kinds.join(" or ")}, not a ${row.kind}.`;
    throw unprocessable([{ path: "body.regionId", message }], message);
  }
}

/** Active rows of a table among `ids`. */
async function activeIds(
  tx: Tx,
  tenantId: string,
  type: MeetingUnitType,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const list = [...ids];
  const table = {
    partyOrg: partyOrgs,
    committee: committees,
    company: companies,
    department: departments,
    body: bodies,
    region: regions,
  }[type];
  const rows = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.tenantId, tenantId), inArray(table.id, list), isNull(table.archivedAt)));
  return new Set(rows.map((r) => r.id));
}

/** Every participant names an active unit of the county, else 422 naming `{path}.{i}.unitId`. */
export async function checkParticipants(
  tx: Tx,
  ctx: TenantServiceContext,
  list: readonly { unitType: MeetingUnitType; unitId: string }[],
  path: string,
) {
  const found = new Map<string, Set<string>>();
  for (const type of new Set(list.map((p) => p.unitType))) {
    found.set(
      type,
      await activeIds(
        tx,
        ctx.tenant.id,
        type,
        list.filter((p) => p.unitType === type).map((p) => p.unitId),
      ),
    );
  }
  const errors = list.flatMap((p, i) =>
    found.get(p.unitType)?.has(p.unitId)
      ? []
      : [{ path: `${path}.${i}.unitId`, message: `No active ${p.unitType} with this id in this county.` }],
  );
  if (errors.length) throw unprocessable(errors, "A participant is not an active unit of this county.");
}

export async function checkConvenor(tx: Tx, ctx: TenantServiceContext, id: string) {
  if ((await activeIds(tx, ctx.tenant.id, "partyOrg", [id])).has(id)) return;
  const message = "No active party organisation with this id in this county.";
  throw unprocessable(
    [{ path: "body.convenedBy", message }],
    `Party organisation '${id}' cannot convene: ${message}`,
  );
}

export async function checkVenue(tx: Tx, ctx: TenantServiceContext, id: string) {
  const [row] = await tx
    .select({ id: venues.id })
    .from(venues)
    .where(and(eq(venues.tenantId, ctx.tenant.id), eq(venues.id, id), isNull(venues.archivedAt)));
  if (row) return;
  const message = "No active venue with this id in this county.";
  throw unprocessable([{ path: "body.venueId", message }], `Venue '${id}': ${message}`);
}

/**
 * The matter codes a meeting may name: fee, service, fundUse, other and the major matters of
 * the county's partyLeadership config (its own codes included).
 */
export function mattersOf(ctx: TenantServiceContext, mechanism: Mechanism): Set<string> {
  const policy = ctx.deps.policies.get("partyLeadership");
  const entry = mechanism.policies.partyLeadership;
  const config =
    policy && entry
      ? (configOf(policy, entry.config) as { majorMatters: string[] })
      : partyLeadershipConfigSchema.parse({});
  return new Set([...meetingMatters, ...config.majorMatters]);
}

export function checkMatters(
  allowed: Set<string>,
  list: readonly { matter: string }[],
  path: string,
  field: string,
) {
  const errors = list.flatMap((a, i) =>
    allowed.has(a.matter)
      ? []
      : [
          {
            path: `${path}.${i}.${field}`,
            message: `Not a matter of this county: one of ${[...allowed].join(", ")}.`,
          },
        ],
  );
  if (errors.length) throw unprocessable(errors, "An unknown matter code.");
}
