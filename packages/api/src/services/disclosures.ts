import {
  AppError,
  type CreateDisclosureInput,
  checkDisclosureItem,
  disclosureItemLabel,
  informationDisclosureConfigOf,
  type Label,
  newId,
  unprocessable,
  type WithdrawDisclosureInput,
} from "@propgov/core";
import { companies, compounds, contracts, disclosures, type Tx } from "@propgov/db";
import { and, desc, eq, isNull, lt, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { compoundsWithin, type Reach, reachOf } from "./access/reach.js";
import { actorNameOf, actorOf, audit } from "./audit.js";
import { currentMechanism } from "./mechanism.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { tenantToday } from "./time.js";
import { inTenant } from "./tx.js";

type Row = typeof disclosures.$inferSelect;

/** A disclosure as staff see it: what, for which compound or company and period, who published it, whether withdrawn. */
export interface DisclosureView {
  id: string;
  compound: { id: string; name: string } | null;
  company: { id: string; name: string } | null;
  item: { code: string; label: Label };
  period: string;
  title: string;
  content: string;
  attachments: string[];
  publishedAt: Date;
  /** The account that published it (a user or an API key) and its display name. */
  publishedBy: { id: string | null; name: string | null };
  withdrawnAt: Date | null;
  /** The account (a user or an API key) that withdrew it. */
  withdrawnBy: string | null;
  /** Why it was withdrawn. */
  withdrawalReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A disclosure as the public board shows it: no publisher, nothing personal. */
export interface PublicDisclosureView {
  id: string;
  compound: { id: string; name: string } | null;
  company: { id: string; name: string } | null;
  item: { code: string; label: Label };
  period: string;
  title: string;
  content: string;
  attachments: string[];
  publishedAt: Date;
}

type Joined = { d: Row; compoundName: string | null; companyName: string | null };

const selection = {
  d: disclosures,
  compoundName: compounds.name,
  companyName: companies.name,
};

/** `select … from disclosures` with the compound's and company's names. */
const joined = (tx: Tx) =>
  tx
    .select(selection)
    .from(disclosures)
    .leftJoin(
      compounds,
      and(eq(compounds.tenantId, disclosures.tenantId), eq(compounds.id, disclosures.compoundId)),
    )
    .leftJoin(
      companies,
      and(eq(companies.tenantId, disclosures.tenantId), eq(companies.id, disclosures.companyId)),
    );

const unitOf = (id: string | null, name: string | null) => (id ? { id, name: name ?? id } : null);

function disclosureView(j: Joined): DisclosureView {
  const { d } = j;
  return {
    id: d.id,
    compound: unitOf(d.compoundId, j.compoundName),
    company: unitOf(d.companyId, j.companyName),
    item: { code: d.item, label: disclosureItemLabel(d.item) },
    period: d.period,
    title: d.title,
    content: d.content,
    attachments: d.attachments,
    publishedAt: d.publishedAt,
    publishedBy: { id: d.publishedBy, name: d.publisherName },
    withdrawnAt: d.withdrawnAt,
    withdrawnBy: d.withdrawnBy,
    withdrawalReason: d.withdrawalReason,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}

const publicView = (j: Joined): PublicDisclosureView => ({
  id: j.d.id,
  compound: unitOf(j.d.compoundId, j.compoundName),
  company: unitOf(j.d.companyId, j.companyName),
  item: { code: j.d.item, label: disclosureItemLabel(j.d.item) },
  period: j.d.period,
  title: j.d.title,
  content: j.d.content,
  attachments: j.d.attachments,
  publishedAt: j.d.publishedAt,
});

// ---------------------------------------------------------------------------------------------
// Access

const NOTHING = sql`false`;

/**
 * The disclosures a reach may see (a condition on `disclosures`): the county (and departments)
 * all; region staff those of compounds in their subtree, and companies' own disclosures when the
 * company serves a compound there; company staff their company's, and those of the compounds it
 * serves; a committee member those of their compound.
 */
export function disclosuresWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
    case "department":
      return undefined;
    case "region": {
      const path = `${reach.path}%`;
      return sql`(exists (select 1 from compounds c join regions r on r.tenant_id = c.tenant_id and r.id = c.community_id where c.tenant_id = "disclosures"."tenant_id" and c.id = "disclosures"."compound_id" and r.path like ${path})
        or ("disclosures"."compound_id" is null and exists (select 1 from contracts k join compounds c on c.tenant_id = k.tenant_id and c.id = k.compound_id join regions r on r.tenant_id = c.tenant_id and r.id = c.community_id where k.tenant_id = "disclosures"."tenant_id" and k.company_id = "disclosures"."company_id" and k.archived_at is null and r.path like ${path})))`;
    }
    case "company":
      return sql`("disclosures"."company_id" = ${reach.companyId} or exists (select 1 from contracts k where k.tenant_id = "disclosures"."tenant_id" and k.compound_id = "disclosures"."compound_id" and k.company_id = ${reach.companyId} and k.archived_at is null))`;
    case "compound":
      return eq(disclosures.compoundId, reach.compoundId);
    default:
      return NOTHING;
  }
}

/** The compound, if it exists in the tenant, is active and within the reach; else 422 naming `body.compoundId`. */
async function compoundFor(tx: Tx, ctx: TenantServiceContext, reach: Reach, id: string) {
  const [row] = await tx
    .select({ id: compounds.id, name: compounds.name, archivedAt: compounds.archivedAt })
    .from(compounds)
    .where(and(eq(compounds.tenantId, ctx.tenant.id), eq(compounds.id, id), compoundsWithin(reach)));
  if (!row) throw unprocessable("body.compoundId", "No such compound within your reach.");
  if (row.archivedAt) throw unprocessable("body.compoundId", "The compound is archived.");
  return row;
}

async function companyFor(tx: Tx, ctx: TenantServiceContext, id: string) {
  const [row] = await tx
    .select({ id: companies.id, name: companies.name, archivedAt: companies.archivedAt })
    .from(companies)
    .where(and(eq(companies.tenantId, ctx.tenant.id), eq(companies.id, id)));
  if (!row) throw unprocessable("body.companyId", "No such company.");
  if (row.archivedAt) throw unprocessable("body.companyId", "The company is archived.");
  return row;
}

/** Whether the company serves the compound under a contract (active today with `activeOn`). */
async function serves(
  tx: Tx,
  ctx: TenantServiceContext,
  companyId: string,
  compoundId: string,
  activeOn?: string,
) {
  const [row] = await tx
    .select({ id: contracts.id })
    .from(contracts)
    .where(
      and(
        eq(contracts.tenantId, ctx.tenant.id),
        eq(contracts.companyId, companyId),
        eq(contracts.compoundId, compoundId),
        isNull(contracts.archivedAt),
        activeOn
          ? sql`${contracts.startsOn} <= ${activeOn}::date and ${contracts.endsOn} >= ${activeOn}::date`
          : undefined,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Who may publish what: the county anything; region staff for compounds of their subtree; company
 * staff as their own company (`companyId` = theirs), for compounds it serves under a contract
 * active today; a committee member for their own compound, without a company. A compound
 * disclosure naming a company needs that company to serve the compound.
 */
async function assertMayPublish(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  input: CreateDisclosureInput,
) {
  switch (reach.kind) {
    case "county":
      break;
    case "region":
      if (!input.compoundId)
        throw unprocessable(
          "body.compoundId",
          "Region staff publish for a compound in their part of the county.",
        );
      break;
    case "company":
      if (input.companyId !== reach.companyId)
        throw unprocessable(
          "body.companyId",
          "Company staff publish as their own company: give its companyId.",
        );
      if (input.compoundId && !(await serves(tx, ctx, reach.companyId, input.compoundId, tenantToday(ctx))))
        throw unprocessable(
          "body.compoundId",
          "Your company does not serve this compound under an active contract.",
        );
      break;
    case "compound":
      if (input.compoundId !== reach.compoundId)
        throw unprocessable("body.compoundId", "A committee member publishes for their own compound.");
      if (input.companyId)
        throw unprocessable(
          "body.companyId",
          "A committee publishes as the committee; a company's disclosure comes from the company.",
        );
      break;
    default:
      throw new AppError("forbidden", "Your role does not publish disclosures.");
  }
}

const publisherName = actorNameOf;

// ---------------------------------------------------------------------------------------------
// Verbs

/**
 * Publishes a disclosure (信息公示) now, as the caller: the item must be one of the tenant's
 * informationDisclosure config (422 `body.item`), the period on that item's cadence (422
 * `body.period`); compound and company must exist, be active and be the caller's to publish for.
 */
export async function createDisclosure(
  ctx: TenantServiceContext,
  input: CreateDisclosureInput,
): Promise<DisclosureView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    if (reach.kind === "none" || reach.kind === "department")
      throw new AppError("forbidden", "Your role does not publish disclosures.");
    const mechanism = await currentMechanism(tx, ctx);
    checkDisclosureItem(informationDisclosureConfigOf(mechanism.document), input.item, input.period);
    await assertMayPublish(tx, ctx, reach, input);
    const compound = input.compoundId ? await compoundFor(tx, ctx, reach, input.compoundId) : null;
    const company = input.companyId ? await companyFor(tx, ctx, input.companyId) : null;
    if (
      compound &&
      company &&
      reach.kind !== "company" &&
      !(await serves(tx, ctx, company.id, compound.id))
    ) {
      throw unprocessable("body.companyId", "This company has no contract for the compound.");
    }

    const now = ctx.deps.now();
    const [row] = await tx
      .insert(disclosures)
      .values({
        tenantId: ctx.tenant.id,
        id: newId("disclosure", now.getTime()),
        compoundId: compound?.id ?? null,
        companyId: company?.id ?? null,
        item: input.item,
        period: input.period,
        title: input.title,
        content: input.content,
        attachments: input.attachments,
        publishedAt: now,
        publishedBy: actorOf(ctx.principal).actorId,
        publisherName: publisherName(ctx.principal),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    const view = disclosureView({
      d: row,
      compoundName: compound?.name ?? null,
      companyName: company?.name ?? null,
    });
    await audit(tx, ctx, ctx.tenant.id, {
      action: "disclosure.create",
      targetType: "disclosure",
      targetId: row.id,
      after: view,
    });
    return view;
  });
}

export interface ListDisclosuresInput {
  limit: number;
  cursor?: string | undefined;
  compoundId?: string | undefined;
  companyId?: string | undefined;
  item?: string | undefined;
  period?: string | undefined;
  includeWithdrawn?: boolean | undefined;
}

/** Disclosures the caller may see, newest first; withdrawn ones only on request. */
export async function listDisclosures(
  ctx: TenantServiceContext,
  input: ListDisclosuresInput,
): Promise<Page<DisclosureView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const rows = await joined(tx)
      .where(
        and(
          eq(disclosures.tenantId, ctx.tenant.id),
          disclosuresWithin(reach),
          after ? lt(disclosures.id, after) : undefined,
          input.includeWithdrawn ? undefined : isNull(disclosures.withdrawnAt),
          input.compoundId ? eq(disclosures.compoundId, input.compoundId) : undefined,
          input.companyId ? eq(disclosures.companyId, input.companyId) : undefined,
          input.item ? eq(disclosures.item, input.item) : undefined,
          input.period ? eq(disclosures.period, input.period) : undefined,
        ),
      )
      .orderBy(desc(disclosures.id))
      .limit(input.limit + 1);
    const page = toPage(
      rows.map((r) => ({ ...r, id: r.d.id })),
      input.limit,
    );
    return { items: page.items.map(disclosureView), nextCursor: page.nextCursor };
  });
}

async function findVisible(tx: Tx, ctx: TenantServiceContext, reach: Reach, id: string): Promise<Joined> {
  const [row] = await joined(tx).where(
    and(eq(disclosures.tenantId, ctx.tenant.id), eq(disclosures.id, id), disclosuresWithin(reach)),
  );
  if (!row) throw new AppError("not_found", `Disclosure '${id}' was not found.`);
  return row;
}

/** One disclosure the caller may see (404 otherwise, as for another tenant's). */
export async function getDisclosure(ctx: TenantServiceContext, id: string): Promise<DisclosureView> {
  return inTenant(ctx, async (tx) => {
    return disclosureView(await findVisible(tx, ctx, await reachOf(tx, ctx), id));
  });
}

/**
 * Whether the caller is on the publisher's side: the county; whoever published it; the company a
 * company disclosure names; for a disclosure without a company (a committee's or the community's),
 * the committee members of its compound and region staff over it.
 */
export function mayWithdraw(ctx: TenantServiceContext, reach: Reach, d: Row): boolean {
  if (reach.kind === "county") return true;
  if (d.publishedBy !== null && d.publishedBy === actorOf(ctx.principal).actorId) return true;
  switch (reach.kind) {
    case "company":
      return d.companyId === reach.companyId;
    case "compound":
      return d.companyId === null && d.compoundId === reach.compoundId;
    case "region":
      // Visible to the reach, so the compound lies in the region's subtree.
      return d.companyId === null && d.compoundId !== null;
    default:
      return false;
  }
}

/**
 * Withdraws (撤回) a disclosure: it leaves the public board and no longer counts in evaluations
 * from now on; the record stays, with who withdrew it and why (also audited). Already withdrawn → 409.
 */
export async function withdrawDisclosure(
  ctx: TenantServiceContext,
  id: string,
  input: WithdrawDisclosureInput,
): Promise<DisclosureView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    await tx
      .select({ id: disclosures.id })
      .from(disclosures)
      .where(and(eq(disclosures.tenantId, ctx.tenant.id), eq(disclosures.id, id)))
      .for("update");
    const before = await findVisible(tx, ctx, reach, id);
    if (before.d.withdrawnAt) {
      throw new AppError("conflict", `Disclosure '${id}' was already withdrawn.`, {
        extensions: { withdrawnAt: before.d.withdrawnAt.toISOString() },
      });
    }
    if (!mayWithdraw(ctx, reach, before.d)) {
      throw new AppError(
        "forbidden",
        "Only the publisher's side (the company it names, or the compound's committee and community) or a county administrator withdraws a disclosure.",
      );
    }
    const now = ctx.deps.now();
    const [row] = await tx
      .update(disclosures)
      .set({
        withdrawnAt: now,
        withdrawnBy: actorOf(ctx.principal).actorId,
        withdrawalReason: input.reason,
        updatedAt: now,
      })
      .where(and(eq(disclosures.tenantId, ctx.tenant.id), eq(disclosures.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Disclosure '${id}' was not found.`);
    const view = disclosureView({ ...before, d: row });
    await audit(tx, ctx, ctx.tenant.id, {
      action: "disclosure.withdraw",
      targetType: "disclosure",
      targetId: id,
      before: disclosureView(before),
      after: { ...view, reason: input.reason },
    });
    return view;
  });
}

export interface PublicDisclosuresInput {
  limit: number;
  cursor?: string | undefined;
  compoundId?: string | undefined;
  companyId?: string | undefined;
  item?: string | undefined;
}

/**
 * The public disclosure board (no login): published and not withdrawn disclosures of a compound
 * and/or a company, newest first, with no publisher or other personal data.
 */
export async function listPublicDisclosures(
  ctx: TenantServiceContext,
  input: PublicDisclosuresInput,
): Promise<Page<PublicDisclosureView>> {
  if (!input.compoundId && !input.companyId) {
    throw new AppError("bad_request", "Give compoundId, companyId or both.", {
      errors: [{ path: "query.compoundId", message: "Give compoundId, companyId or both." }],
    });
  }
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, (tx) =>
    joined(tx)
      .where(
        and(
          eq(disclosures.tenantId, ctx.tenant.id),
          isNull(disclosures.withdrawnAt),
          after ? lt(disclosures.id, after) : undefined,
          input.compoundId ? eq(disclosures.compoundId, input.compoundId) : undefined,
          input.companyId ? eq(disclosures.companyId, input.companyId) : undefined,
          input.item ? eq(disclosures.item, input.item) : undefined,
        ),
      )
      .orderBy(desc(disclosures.id))
      .limit(input.limit + 1),
  );
  return toPage(rows.map(publicView), input.limit);
}
