import { AppError, type LifecycleKind, type LifecycleStatus, type Mechanism } from "@propgov/core";
import { compounds, lifecycleEvents, lifecycleSignOffs, regions, type Tx } from "@propgov/db";
import { and, asc, desc, eq, lt, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { eventsWithin } from "../access/lifecycle-events.js";
import { compoundsWithin, type Reach, reachOf } from "../access/reach.js";
import { currentMechanism } from "../mechanism.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { escapeLike } from "../search.js";
import { inTenant } from "../tx.js";
import { type LifecycleEventView, type Loaded, type SignOffRow, toViews } from "./view.js";

export function selectEvents(tx: Tx) {
  return tx
    .select({ event: lifecycleEvents, compoundName: compounds.name, communityId: compounds.communityId })
    .from(lifecycleEvents)
    .innerJoin(
      compounds,
      and(eq(compounds.tenantId, lifecycleEvents.tenantId), eq(compounds.id, lifecycleEvents.compoundId)),
    );
}

/** One event the reach sees (else 404); `lock` takes the event's row lock for a change. */
export async function findEvent(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  id: string,
  lock = false,
): Promise<Loaded> {
  if (lock) {
    const [locked] = await tx
      .select({ id: lifecycleEvents.id })
      .from(lifecycleEvents)
      .where(
        and(eq(lifecycleEvents.tenantId, ctx.tenant.id), eq(lifecycleEvents.id, id), eventsWithin(reach)),
      )
      .for("update");
    if (!locked) throw new AppError("not_found", `Lifecycle event '${id}' was not found.`);
  }
  const [row] = await selectEvents(tx).where(
    and(eq(lifecycleEvents.tenantId, ctx.tenant.id), eq(lifecycleEvents.id, id), eventsWithin(reach)),
  );
  if (!row) throw new AppError("not_found", `Lifecycle event '${id}' was not found.`);
  return row;
}

export async function signOffsOf(tx: Tx, ctx: TenantServiceContext, eventId: string): Promise<SignOffRow[]> {
  return tx
    .select()
    .from(lifecycleSignOffs)
    .where(and(eq(lifecycleSignOffs.tenantId, ctx.tenant.id), eq(lifecycleSignOffs.eventId, eventId)))
    .orderBy(asc(lifecycleSignOffs.id));
}

export async function viewOf(tx: Tx, ctx: TenantServiceContext, id: string, mechanism?: Mechanism) {
  const loaded = await findEvent(tx, ctx, { kind: "county" }, id);
  const [view] = await toViews(tx, ctx, [loaded], mechanism ?? (await currentMechanism(tx, ctx)).document);
  if (!view) throw new Error("event vanished");
  return view;
}

export interface ListLifecycleEventsInput {
  limit: number;
  cursor?: string | undefined;
  compoundId?: string | undefined;
  kind?: LifecycleKind | undefined;
  status?: LifecycleStatus | undefined;
  /** Events of compounds anywhere under this region. */
  regionId?: string | undefined;
}

/** Events of the compounds the caller sees, newest first. */
export async function listLifecycleEvents(
  ctx: TenantServiceContext,
  input: ListLifecycleEventsInput,
): Promise<Page<LifecycleEventView>> {
  const before = input.cursor ? decodeCursor(input.cursor) : undefined;
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    let under: SQL | undefined;
    if (input.regionId) {
      const [region] = await tx
        .select({ path: regions.path })
        .from(regions)
        .where(and(eq(regions.tenantId, ctx.tenant.id), eq(regions.id, input.regionId)));
      if (!region) return { items: [], nextCursor: null };
      under = sql`exists (select 1 from ${regions} where ${regions.tenantId} = ${compounds.tenantId} and ${regions.id} = ${compounds.communityId} and ${regions.path} like ${`${escapeLike(region.path)}%`})`;
    }
    const rows = await selectEvents(tx)
      .where(
        and(
          eq(lifecycleEvents.tenantId, ctx.tenant.id),
          compoundsWithin(reach),
          before ? lt(lifecycleEvents.id, before) : undefined,
          input.compoundId ? eq(lifecycleEvents.compoundId, input.compoundId) : undefined,
          input.kind ? eq(lifecycleEvents.kind, input.kind) : undefined,
          input.status ? eq(lifecycleEvents.status, input.status) : undefined,
          under,
        ),
      )
      .orderBy(desc(lifecycleEvents.id))
      .limit(input.limit + 1);
    const page = toPage(
      rows.map((r) => ({ ...r, id: r.event.id })),
      input.limit,
    );
    const mechanism = (await currentMechanism(tx, ctx)).document;
    return { items: await toViews(tx, ctx, page.items, mechanism), nextCursor: page.nextCursor };
  });
}

/** One event with its steps, sign-offs and what is missing; 404 outside the caller's compounds. */
export async function getLifecycleEvent(ctx: TenantServiceContext, id: string): Promise<LifecycleEventView> {
  return inTenant(ctx, async (tx) => {
    const loaded = await findEvent(tx, ctx, await reachOf(tx, ctx), id);
    const [view] = await toViews(tx, ctx, [loaded], (await currentMechanism(tx, ctx)).document);
    if (!view) throw new Error("event vanished");
    return view;
  });
}
