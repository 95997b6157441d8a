import { type ViewSlice, viewSlices } from "@propgov/core";
import { regions, type Tx } from "@propgov/db";
import { type AnyColumn, inArray, or, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import type { CaseNarrowing } from "./cases.js";

/** Which parts of the view to read and, for an event hook, about what. */
export interface ViewOptions {
  /** The slices to load (see `slicesRead`); every slice when left out. The others come back empty. */
  slices?: ReadonlySet<ViewSlice> | readonly ViewSlice[];
  /**
   * For an event hook: only the rows that concern the event's subject — its compounds with their
   * grids, contracts (and those contracts' companies), committees, party branches and units, the
   * regions above them, and the roster departments it names. Never the whole county; the period's
   * facts (cases, meetings, …) are not part of a hook's view.
   */
  scope?: {
    compoundIds?: readonly string[];
    /** Regions the subject concerns besides its compounds' communities (a meeting's place). */
    regionIds?: readonly string[];
    departmentCodes?: readonly string[];
  };
  /**
   * For an evaluation whose case readers all read `caseTallies` (core's `caseTallyReaders`): the
   * per-community tallies counted in SQL, and of the period's cases only those that can yield a
   * finding of their own, instead of every case of the period.
   */
  narrowCases?: CaseNarrowing;
}

const everySlice: ReadonlySet<ViewSlice> = new Set(viewSlices);

/** What one view load reads: the slices asked for and, for an event hook, the subject's keys. */
export interface ViewScope {
  tx: Tx;
  ctx: TenantServiceContext;
  tenantId: string;
  /** The view's day as a SQL date. */
  day: SQL;
  wanted: ReadonlySet<ViewSlice>;
  /** An event hook's view: every slice narrowed to the subject. */
  scoped: boolean;
  compoundIds: string[];
  regionIds: string[];
  departmentCodes: string[];
  /** Whether to read `slice`: asked for and, in a scope, with keys to read it by. */
  want(slice: ViewSlice, scopeKeys?: readonly unknown[]): boolean;
  /** In a scope, rows of its compounds (a condition on a `compound_id` column). */
  inScope(column: AnyColumn): SQL | undefined;
}

export function viewScope(tx: Tx, ctx: TenantServiceContext, asOf: string, options: ViewOptions): ViewScope {
  const wanted = options.slices ? new Set(options.slices) : everySlice;
  const scoped = options.scope !== undefined;
  const compoundIds = [...new Set(options.scope?.compoundIds ?? [])];
  return {
    tx,
    ctx,
    tenantId: ctx.tenant.id,
    day: sql`${asOf}::date`,
    wanted,
    scoped,
    compoundIds,
    regionIds: [...new Set(options.scope?.regionIds ?? [])],
    departmentCodes: [...new Set(options.scope?.departmentCodes ?? [])],
    want: (slice, scopeKeys = compoundIds) => wanted.has(slice) && (!scoped || scopeKeys.length > 0),
    inScope: (column) => (scoped ? inArray(column, compoundIds) : undefined),
  };
}

/** A scope with the units its compounds hang off: their communities and the scope's regions. */
export interface UnitScope extends ViewScope {
  /** In a scope: its regions and the communities of its compounds. */
  chainOf: string[];
  /** In a scope: its compounds and `chainOf`. */
  units: string[];
  /** In a scope, rows of its compounds or of their communities and its regions (units hang off either). */
  atUnits(compoundColumn: AnyColumn, regionColumn: AnyColumn): SQL | undefined;
  /** In a scope, the regions of `chainOf` and every region above them. */
  chain: SQL | undefined;
}

export function unitScope(scope: ViewScope, compoundRows: readonly { communityId: string }[]): UnitScope {
  const { scoped, compoundIds, tenantId } = scope;
  const chainOf = [...new Set([...scope.regionIds, ...compoundRows.map((c) => c.communityId)])];
  return {
    ...scope,
    chainOf,
    units: [...compoundIds, ...chainOf],
    atUnits: (compoundColumn, regionColumn) =>
      scoped
        ? or(
            compoundIds.length > 0 ? inArray(compoundColumn, compoundIds) : undefined,
            chainOf.length > 0 ? inArray(regionColumn, chainOf) : undefined,
          )
        : undefined,
    chain: scoped
      ? sql`${regions.id} in (select unnest(string_to_array(trim(trailing '/' from r.path), '/')) from regions r where r.tenant_id = ${tenantId} and ${inArray(sql`r.id`, chainOf.length > 0 ? chainOf : [""])})`
      : undefined,
  };
}
