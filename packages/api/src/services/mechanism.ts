import {
  AppError,
  type FieldError,
  getPreset,
  type LevelCompleteness,
  type Mechanism,
  measureCompleteness,
  mechanismSchema,
  type PresetId,
  parseMechanism,
  presetIds,
  type RegionKind,
  summariseCompleteness,
  unprocessable,
  validateMechanism,
} from "@propgov/core";
import { compiled, departments, mechanismVersions, type Placeholders, type Tx } from "@propgov/db";
import { and, desc, eq, isNull, lt, sql } from "drizzle-orm";
import type { ServiceContext, TenantServiceContext } from "../context.js";
import { assertCountyWide, reachOf } from "./access/reach.js";
import { actorOf, audit } from "./audit.js";
import type { Page } from "./pagination.js";
import { loadPolicyView } from "./policy-view/load.js";
import { tenantToday } from "./time.js";
import { inTenant } from "./tx.js";

/** The preset a tenant starts from when its creator names none. */
export const DEFAULT_PRESET: PresetId = "anhui-3338";

export interface MechanismVersionView {
  version: number;
  createdAt: Date;
  createdBy: string | null;
  document: Mechanism;
}

export type MechanismVersionSummary = Omit<MechanismVersionView, "document"> & {
  name: { zh: string; en: string };
  preset: string | null;
};

type Row = typeof mechanismVersions.$inferSelect;

/**
 * A version's document as read. Documents are stored only after validation, but a version written
 * before a part with defaults existed (work orders, the schedule) lacks it: core's schema fills the
 * defaults in. (The policies' configs were checked against their policies when written; each
 * policy reads its own.) One the schema refuses is a fault of the data, not of the request.
 */
function storedMechanism(row: Row): Mechanism {
  const parsed = mechanismSchema.safeParse(row.document);
  if (!parsed.success) {
    throw new Error(`mechanism version ${row.version} of ${row.tenantId}: stored document does not parse`, {
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/** A version as read; `document`: the one just validated, when the row was just written. */
const toView = (row: Row, document: Mechanism = storedMechanism(row)): MechanismVersionView => ({
  version: row.version,
  createdAt: row.createdAt,
  createdBy: row.createdBy,
  document,
});

const toSummary = ({ document, ...row }: Row): MechanismVersionSummary => ({
  version: row.version,
  createdAt: row.createdAt,
  createdBy: row.createdBy,
  name: document.name,
  preset: document.preset ?? null,
});

/**
 * Writes version 1 of a new tenant's mechanism from a preset, in the caller's transaction (the
 * tenant's creation), with the tenant already entered for row-level security.
 */
export async function insertInitialMechanism(
  tx: Tx,
  ctx: ServiceContext,
  tenantId: string,
  presetId: PresetId = DEFAULT_PRESET,
): Promise<MechanismVersionView> {
  const preset = getPreset(presetId);
  if (!preset) {
    throw new AppError("unprocessable", `Unknown preset '${presetId}'.`, {
      errors: [{ path: "body.preset", message: "Unknown preset." }],
    });
  }
  const document = parseMechanism({ ...preset, preset: presetId }, ctx.deps.policies);
  const [row] = await tx
    .insert(mechanismVersions)
    .values({
      tenantId,
      version: 1,
      document,
      createdAt: ctx.deps.now(),
      createdBy: actorOf(ctx.principal).actorId,
    })
    .returning();
  if (!row) throw new Error("insert returned nothing");
  // Not audited on its own: it is part of the tenant's creation (audited as `tenant.create`),
  // and the version row itself is append-only history with its author.
  return toView(row, document);
}

export interface MechanismPresetSummary {
  id: PresetId;
  name: { zh: string; en: string };
  /** The names of its levels, top down (e.g. 乡镇(街道), 社区, 小区). */
  levels: { zh: string; en: string }[];
}

/** The presets shipped with the code, to start from or compare with. */
export function listMechanismPresets(ctx: ServiceContext): MechanismPresetSummary[] {
  return presetIds.map((id) => {
    const { name, levels } = presetMechanism(ctx, id);
    return { id, name, levels: levels.map((level) => level.name) };
  });
}

/**
 * A preset as a county's own document would hold it (validated, defaults filled in), so that a
 * side-by-side comparison with the county's current version shows only real differences.
 */
export function presetMechanism(ctx: ServiceContext, id: string): Mechanism {
  const preset = getPreset(id);
  if (!preset) throw new AppError("not_found", `No preset '${id}': the presets are ${presetIds.join(", ")}.`);
  return parseMechanism({ ...preset, preset: id }, ctx.deps.policies);
}

/**
 * Current mechanisms already read, per deployment and tenant. A version row never changes once
 * written, so one statement that reads the latest version's number and `xmin` (the transaction
 * that wrote it, which tells a committed version from a same-numbered one a rolled-back
 * transaction wrote) decides whether the document must be read again. Cached documents are
 * frozen: a caller that would change one gets an error instead of changing everyone's.
 */
const readMechanisms = new WeakMap<object, Map<string, { stamp: string; view: MechanismVersionView }>>();

const mechanismHead = compiled((db, p: Placeholders<{ tenantId: string; limit: number }>) =>
  db
    .select({ version: mechanismVersions.version, xmin: sql<string>`xmin::text` })
    .from(mechanismVersions)
    .where(eq(mechanismVersions.tenantId, p.tenantId))
    .orderBy(desc(mechanismVersions.version))
    .limit(p.limit),
);

/** The latest version of the tenant's mechanism, in the caller's transaction. */
export async function currentMechanism(tx: Tx, ctx: TenantServiceContext): Promise<MechanismVersionView> {
  const [head] = await mechanismHead(tx, { tenantId: ctx.tenant.id, limit: 1 });
  if (!head) throw new AppError("not_found", "This tenant has no mechanism yet.");
  const cache = readMechanisms.get(ctx.deps) ?? new Map();
  readMechanisms.set(ctx.deps, cache);
  const stamp = `${head.version}:${head.xmin}`;
  const known = cache.get(ctx.tenant.id);
  if (known?.stamp === stamp) return known.view;
  const [row] = await tx
    .select()
    .from(mechanismVersions)
    .where(and(eq(mechanismVersions.tenantId, ctx.tenant.id), eq(mechanismVersions.version, head.version)));
  if (!row) throw new AppError("not_found", "This tenant has no mechanism yet.");
  const view = toView(row);
  deepFreeze(view.document);
  cache.set(ctx.tenant.id, { stamp, view });
  return view;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

export async function getMechanism(ctx: TenantServiceContext): Promise<MechanismVersionView> {
  return inTenant(ctx, (tx) => currentMechanism(tx, ctx));
}

/** Codes of the tenant's active departments: what the roster may name. */
async function activeDepartmentCodes(tx: Tx, ctx: TenantServiceContext): Promise<string[]> {
  const rows = await tx
    .select({ code: departments.code })
    .from(departments)
    .where(and(eq(departments.tenantId, ctx.tenant.id), isNull(departments.archivedAt)));
  return rows.map((r) => r.code);
}

const bodyErrors = (errors: readonly FieldError[]): FieldError[] =>
  errors.map((e) => ({ path: e.path ? `body.${e.path}` : "body", message: e.message }));

/** Validates a whole document against the app's policies and the tenant's roster; 422 naming every error. */
async function validated(tx: Tx, ctx: TenantServiceContext, doc: unknown): Promise<Mechanism> {
  const result = validateMechanism(doc, ctx.deps.policies, {
    departmentCodes: await activeDepartmentCodes(tx, ctx),
  });
  if (!result.ok) throw unprocessable(bodyErrors(result.errors));
  return result.document;
}

/**
 * For a body the route's schema refused: the same whole-document validation, so the answer
 * names every error at once (schema, roster, categories, each policy's config), not only the
 * schema's. Always throws.
 */
export async function rejectMechanism(
  ctx: TenantServiceContext,
  doc: unknown,
  schemaErrors: FieldError[],
): Promise<never> {
  await inTenant(ctx, (tx) => validated(tx, ctx, doc));
  // Core accepted what the route's schema did not (should not happen): report the schema's errors.
  throw new AppError("unprocessable", schemaErrors.map((e) => `${e.path}: ${e.message}`).join("; "), {
    errors: schemaErrors,
  });
}

/**
 * Replaces the mechanism with a new version (the previous versions stay). The whole document is
 * validated: its schema, categories within the roster, every roster code an active department
 * of the registry, every policy known to this deployment and each config against its policy's
 * schema. Versions are numbered under a transaction-scoped lock per tenant.
 */
export async function updateMechanism(
  ctx: TenantServiceContext,
  doc: unknown,
): Promise<MechanismVersionView> {
  return inTenant(ctx, async (tx) => {
    assertCountyWide(await reachOf(tx, ctx), "the mechanism");
    const document = await validated(tx, ctx, doc);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`mechanism:${ctx.tenant.id}`}))`);
    const before = await currentMechanism(tx, ctx);
    const [row] = await tx
      .insert(mechanismVersions)
      .values({
        tenantId: ctx.tenant.id,
        version: before.version + 1,
        document,
        createdAt: ctx.deps.now(),
        createdBy: actorOf(ctx.principal).actorId,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    const view = toView(row, document);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "mechanism.update",
      targetType: "mechanism",
      targetId: String(view.version),
      before: { version: before.version, document: before.document },
      after: { version: view.version, document: view.document },
    });
    return view;
  });
}

const encodeVersionCursor = (version: number) => btoa(`v${version}`).replaceAll("=", "");

function decodeVersionCursor(cursor: string): number {
  try {
    const match = /^v(\d{1,9})$/.exec(atob(cursor));
    if (match) return Number(match[1]);
  } catch {
    // fall through
  }
  throw new AppError("bad_request", "The cursor is not one this API gave out.", {
    errors: [{ path: "query.cursor", message: "Not a cursor from a previous page." }],
  });
}

/** Versions newest first, without their documents. */
export async function listMechanismVersions(
  ctx: TenantServiceContext,
  input: { limit: number; cursor?: string | undefined },
): Promise<Page<MechanismVersionSummary>> {
  const before = input.cursor ? decodeVersionCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, (tx) =>
    tx
      .select()
      .from(mechanismVersions)
      .where(
        and(
          eq(mechanismVersions.tenantId, ctx.tenant.id),
          before !== undefined ? lt(mechanismVersions.version, before) : undefined,
        ),
      )
      .orderBy(desc(mechanismVersions.version))
      .limit(input.limit + 1),
  );
  const items = rows.slice(0, input.limit).map(toSummary);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > input.limit && last ? encodeVersionCursor(last.version) : null };
}

export async function getMechanismVersion(
  ctx: TenantServiceContext,
  version: number,
): Promise<MechanismVersionView> {
  const [row] = await inTenant(ctx, (tx) =>
    tx
      .select()
      .from(mechanismVersions)
      .where(and(eq(mechanismVersions.tenantId, ctx.tenant.id), eq(mechanismVersions.version, version))),
  );
  if (!row) throw new AppError("not_found", `Mechanism version ${version} was not found.`);
  return toView(row);
}

export interface MechanismKpis {
  on: string;
  mechanismVersion: number;
  /** Null for the whole county. */
  regionId: string | null;
  /** Per level of the mechanism: units, complete units, and bodies / dedicated staff / venues / guarantors present of required. */
  levels: LevelCompleteness[];
  /** The same for each direct child region (of the county: townships and streets). */
  byRegion: { regionId: string; name: string; kind: RegionKind; levels: LevelCompleteness[] }[];
}

/**
 * Mechanism completeness (三个机构、三支队伍、三级阵地, guarantors) of the county or a region's
 * subtree today, measured by core against the current mechanism's levels, with the same figures
 * for each direct child region. Region staff read their own subtree (their region by default).
 */
export async function mechanismKpis(
  ctx: TenantServiceContext,
  input: { regionId?: string | undefined },
): Promise<MechanismKpis> {
  const on = tenantToday(ctx);
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    if (reach.kind !== "county" && reach.kind !== "department" && reach.kind !== "region") {
      throw new AppError(
        "forbidden",
        "Your role's scope names no part of the county whose figures you read.",
      );
    }
    const regionId = input.regionId ?? (reach.kind === "region" ? reach.regionId : undefined);
    const mechanism = await currentMechanism(tx, ctx);
    const view = await loadPolicyView(tx, ctx, on);
    const region = regionId ? view.regions.find((r) => r.id === regionId) : undefined;
    if (regionId && (!region || (reach.kind === "region" && !region.path.startsWith(reach.path)))) {
      throw new AppError("not_found", `Region '${regionId}' was not found.`, {
        errors: [{ path: "query.regionId", message: "No such region in your part of the county." }],
      });
    }
    const levels = mechanism.document.levels;
    const rows = measureCompleteness(levels, view);
    const children = view.regions.filter((r) => r.parentId === (region?.id ?? null));
    return {
      on,
      mechanismVersion: mechanism.version,
      regionId: region?.id ?? null,
      levels: summariseCompleteness(levels, rows, region?.id ?? null),
      byRegion: children.map((child) => ({
        regionId: child.id,
        name: child.name,
        kind: child.kind,
        levels: summariseCompleteness(levels, rows, child.id),
      })),
    };
  });
}
