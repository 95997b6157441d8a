import {
  type CreateCompoundInput,
  createCompoundSchema,
  newId,
  type ServiceMode,
  serviceModeAliases,
  serviceModeLabels,
  serviceModes,
} from "@propgov/core";
import { compounds, regions, type Tx } from "@propgov/db";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { TenantServiceContext } from "../../context.js";
import { assertMayWrite, type Reach, regionsWithin } from "../access/reach.js";
import { auditMany } from "../audit.js";
import { insertChunked } from "../chunked.js";
import type { CompoundView } from "../compounds/view.js";
import { type Checked, finish, numberCell, RowCheck, required } from "./cells.js";
import type { ImportColumn, ImportReport } from "./report.js";
import { type ImportInput, runImport } from "./run.js";
import type { Table } from "./table.js";

export const compoundImportColumns: readonly ImportColumn[] = [
  {
    field: "name",
    headers: ["name", "名称", "小区名称"],
    required: true,
    description: "The compound's name.",
  },
  {
    field: "address",
    headers: ["address", "地址", "小区地址"],
    required: true,
    description: "Street address.",
  },
  {
    field: "community",
    headers: ["community", "communityId", "社区", "所属社区"],
    required: true,
    description: "The community: its name, code or id (an ambiguous name is a row error).",
  },
  {
    field: "serviceMode",
    headers: ["serviceMode", "物业服务方式"],
    required: true,
    description: "professional | selfManaged | none, or 专业化物业服务 / 自管 / 无 (and common spellings).",
  },
  { field: "households", headers: ["households", "户数"], required: true, description: "Households." },
  { field: "buildings", headers: ["buildings", "楼栋数"], required: true, description: "Buildings." },
  {
    field: "residentPartyMembers",
    headers: ["residentPartyMembers", "居住党员数"],
    required: false,
    description: "Party members living in the compound (default 0).",
  },
  { field: "lat", headers: ["lat", "纬度"], required: false, description: "Latitude (with lng)." },
  { field: "lng", headers: ["lng", "经度"], required: false, description: "Longitude (with lat)." },
];

const serviceModeByText = new Map<string, ServiceMode>([
  ...serviceModes.map((m) => [m.toLowerCase(), m] as const),
  ...serviceModes.map((m) => [serviceModeLabels[m].zh, m] as const),
  ...serviceModes.map((m) => [serviceModeLabels[m].en.toLowerCase(), m] as const),
  ...Object.entries(serviceModeAliases),
]);

interface Community {
  id: string;
  name: string;
  code: string | null;
  parentName: string | null;
}

/** Active communities the reach may write in, with their parent's name (for ambiguity messages). */
async function communitiesWithin(tx: Tx, ctx: TenantServiceContext, reach: Reach): Promise<Community[]> {
  const parent = alias(regions, "parent");
  return tx
    .select({ id: regions.id, name: regions.name, code: regions.code, parentName: parent.name })
    .from(regions)
    .leftJoin(parent, and(eq(parent.tenantId, regions.tenantId), eq(parent.id, regions.parentId)))
    .where(
      and(
        eq(regions.tenantId, ctx.tenant.id),
        eq(regions.kind, "community"),
        isNull(regions.archivedAt),
        regionsWithin(reach),
      ),
    )
    .orderBy(asc(regions.id));
}

async function checkCompounds(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  table: Table,
): Promise<Checked<CompoundRow>> {
  const communities = await communitiesWithin(tx, ctx, reach);
  const byId = new Map(communities.map((c) => [c.id, c]));
  const byCode = new Map(communities.flatMap((c) => (c.code ? [[c.code.toLowerCase(), c] as const] : [])));
  const byName = new Map<string, Community[]>();
  for (const c of communities) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);

  const resolveCommunity = (check: RowCheck, value: string): Community | undefined => {
    const found = byId.get(value) ?? byCode.get(value.toLowerCase());
    if (found) return found;
    const named = byName.get(value) ?? [];
    if (named.length === 1) return named[0];
    if (named.length > 1) {
      const where = named.map((c) => c.parentName ?? "?").join(", ");
      check.fail(
        "community",
        `'${value}' names ${named.length} communities (under ${where}): give its code instead.`,
      );
    } else {
      check.fail("community", `No active community named or coded '${value}' in your part of the county.`);
    }
    return undefined;
  };

  const checks: RowCheck[] = [];
  const candidates: { check: RowCheck; input: CreateCompoundInput; community: Community }[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells, extra } of table.rows) {
    const check = new RowCheck(row, table.headerOf);
    checks.push(check);
    if (extra) check.fail(null, "The row has more cells than the header has columns.");
    const name = required(check, cells, "name");
    const address = required(check, cells, "address");
    const communityText = required(check, cells, "community");
    const community = communityText ? resolveCommunity(check, communityText) : undefined;
    const modeText = required(check, cells, "serviceMode");
    let serviceMode: ServiceMode | undefined;
    if (modeText) {
      serviceMode = serviceModeByText.get(modeText) ?? serviceModeByText.get(modeText.toLowerCase());
      if (!serviceMode) {
        check.fail(
          "serviceMode",
          `Unknown service mode '${modeText}': use ${serviceModes.join(", ")} or ${serviceModes.map((m) => serviceModeLabels[m].zh).join(", ")}.`,
        );
      }
    }
    const households = numberCell(check, cells, "households", true);
    const buildings = numberCell(check, cells, "buildings", true);
    const residentPartyMembers = numberCell(check, cells, "residentPartyMembers", false);
    const lat = numberCell(check, cells, "lat", false);
    const lng = numberCell(check, cells, "lng", false);
    const latGiven = (cells.get("lat") ?? "") !== "";
    const lngGiven = (cells.get("lng") ?? "") !== "";
    if (latGiven !== lngGiven) {
      check.fail(latGiven ? "lng" : "lat", "Give both latitude and longitude, or neither.");
    }

    const parsed = createCompoundSchema.safeParse({
      name: name ?? "-",
      address: address ?? "-",
      communityId: community?.id ?? "-",
      serviceMode: serviceMode ?? "none",
      households: households ?? 0,
      buildings: buildings ?? 0,
      ...(residentPartyMembers !== undefined ? { residentPartyMembers } : {}),
      ...(lat !== undefined && lng !== undefined ? { location: { lat, lng } } : {}),
    });
    if (!parsed.success) {
      check.schema(parsed.error, (path) => {
        const [head, sub] = path;
        if (head === "communityId") return "community";
        if (head === "location") return sub === "lng" ? "lng" : "lat";
        return String(head ?? "name");
      });
      continue;
    }
    if (!community || check.errors.length > 0) continue;
    const key = `${community.id}\u0000${parsed.data.name}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      check.fail("name", `Repeats row ${first}: the same compound name in the same community.`);
      continue;
    }
    firstRowOf.set(key, row);
    candidates.push({ check, input: parsed.data, community });
  }

  // Compounds already registered under the same name in the same community (e.g. a file imported twice).
  const communityIds = [...new Set(candidates.map((c) => c.community.id))];
  const existing = new Set(
    communityIds.length === 0
      ? []
      : (
          await tx
            .select({ name: compounds.name, communityId: compounds.communityId })
            .from(compounds)
            .where(
              and(
                eq(compounds.tenantId, ctx.tenant.id),
                inArray(compounds.communityId, communityIds),
                isNull(compounds.archivedAt),
              ),
            )
        ).map((c) => `${c.communityId}\u0000${c.name}`),
  );
  const inputs: { row: number; input: CompoundRow }[] = [];
  for (const { check, input, community } of candidates) {
    if (existing.has(`${community.id}\u0000${input.name}`)) {
      check.fail("name", `A compound named '${input.name}' is already registered in ${community.name}.`);
    } else {
      inputs.push({ row: check.row, input: { input, communityName: community.name } });
    }
  }
  return finish(table, checks, inputs);
}

/** A checked row: the compound, and its community's name for the audit trail. */
interface CompoundRow {
  input: CreateCompoundInput;
  communityName: string;
}

/**
 * Writes checked compounds with multi-row inserts, each with its `compound.create` audit event
 * (the view `insertCompound` would record: a new compound has no grids, guarantor or committee).
 * The checks settled what `insertCompound` would refuse: an active community within the
 * caller's reach (their community lookup), the caller's role (`assertMayWrite`).
 */
async function insertCompounds(
  tx: Tx,
  ctx: TenantServiceContext,
  rows: { row: number; input: CompoundRow }[],
): Promise<{ row: number; id: string }[]> {
  const now = ctx.deps.now();
  const views: CompoundView[] = rows.map(({ input: { input, communityName } }) => ({
    id: newId("compound", now.getTime()),
    name: input.name,
    address: input.address,
    communityId: input.communityId,
    communityName,
    buildings: input.buildings,
    households: input.households,
    location: input.location ? { lat: input.location.lat, lng: input.location.lng } : null,
    serviceMode: input.serviceMode,
    serviceModeLabel: serviceModeLabels[input.serviceMode],
    selfManagedSince: input.selfManagedSince ?? null,
    residentPartyMembers: input.residentPartyMembers ?? 0,
    grids: [],
    guarantor: null,
    hasCommittee: false,
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
  }));
  // 14 parameters a row: 1,000 rows a statement stay well below PostgreSQL's 65,535.
  await insertChunked(views, 1000, (chunk) =>
    tx.insert(compounds).values(
      chunk.map((v) => ({
        tenantId: ctx.tenant.id,
        id: v.id,
        name: v.name,
        address: v.address,
        communityId: v.communityId,
        buildings: v.buildings,
        households: v.households,
        lat: v.location?.lat ?? null,
        lng: v.location?.lng ?? null,
        serviceMode: v.serviceMode,
        selfManagedSince: v.selfManagedSince,
        residentPartyMembers: v.residentPartyMembers,
        createdAt: now,
        updatedAt: now,
      })),
    ),
  );
  await auditMany(
    tx,
    ctx,
    ctx.tenant.id,
    views.map((view) => ({
      action: "compound.create",
      targetType: "compound",
      targetId: view.id,
      after: view,
    })),
  );
  return rows.map(({ row }, i) => ({ row, id: (views[i] as CompoundView).id }));
}

/** Checks (and on `commit` writes) compounds from a CSV file; region staff import into their subtree. */
export function importCompounds(ctx: TenantServiceContext, input: ImportInput): Promise<ImportReport> {
  return runImport(
    ctx,
    "compounds",
    input,
    compoundImportColumns,
    assertMayWrite,
    (tx, reach, table) => checkCompounds(tx, ctx, reach, table),
    { all: (tx, rows) => insertCompounds(tx, ctx, rows) },
  );
}
