import {
  AppError,
  type CaseKind,
  type Label,
  PUBLIC_PHOTO_MAX_BYTES,
  PUBLIC_PHOTO_MAX_SIDE,
  PUBLIC_PHOTO_WINDOW_MS,
  PUBLIC_PHOTOS_PER_CASE,
  type Ratio,
  type RegionKind,
} from "@propgov/core";
import { compounds, regions } from "@propgov/db";
import { and, asc, eq, gt, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { systemPrincipal, type TenantServiceContext } from "../context.js";
import { caseKpis, type TargetedRate } from "./kpis/cases.js";
import { coverageKpis } from "./kpis/coverage.js";
import { currentMechanism } from "./mechanism.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { escapeLike } from "./search.js";
import { settingsOf } from "./tenant-settings.js";
import { inTenant } from "./tx.js";

/**
 * What the public (residents, the embeddable widgets) may read about the county's registry and
 * figures: names and aggregates only. Every verb here reads as the county (a system principal),
 * whoever calls, and returns nothing about a person.
 */

/** A compound as a resident picks it: its name, address and community; never a guarantor or a phone. */
export interface PublicCompound {
  id: string;
  name: string;
  address: string;
  community: { id: string; name: string };
}

export interface PublicCompoundQuery {
  q?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Active compounds whose name, address or community name holds `q`, in id order, a page at a time. */
export async function searchPublicCompounds(
  ctx: TenantServiceContext,
  input: PublicCompoundQuery,
): Promise<Page<PublicCompound>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const text = input.q?.trim();
  const community = alias(regions, "community");
  return inTenant(ctx, async (tx) => {
    const pattern = text ? `%${escapeLike(text)}%` : undefined;
    const rows = await tx
      .select({
        id: compounds.id,
        name: compounds.name,
        address: compounds.address,
        communityId: community.id,
        communityName: community.name,
      })
      .from(compounds)
      .innerJoin(
        community,
        and(eq(community.tenantId, compounds.tenantId), eq(community.id, compounds.communityId)),
      )
      .where(
        and(
          eq(compounds.tenantId, ctx.tenant.id),
          isNull(compounds.archivedAt),
          after ? gt(compounds.id, after) : undefined,
          pattern
            ? or(
                ilike(compounds.name, pattern),
                ilike(compounds.address, pattern),
                ilike(community.name, pattern),
              )
            : undefined,
        ),
      )
      .orderBy(asc(compounds.id))
      .limit(input.limit + 1);
    const page = toPage(rows, input.limit);
    return {
      items: page.items.map((r) => ({
        id: r.id,
        name: r.name,
        address: r.address,
        community: { id: r.communityId, name: r.communityName },
      })),
      nextCursor: page.nextCursor,
    };
  });
}

/** What a complaint form needs to draw itself: the county's name, its categories, its privacy text. */
export interface PublicIntakeForm {
  tenant: { slug: string; name: string };
  categories: { code: string; name: Label; kind: CaseKind }[];
  privacyUrl: string | null;
  /** What `POST /public/cases/{trackingCode}/photos` takes. */
  photos: { max: number; maxBytes: number; maxSide: number; types: string[]; windowMinutes: number };
}

/** The limits of a resident's photos, as the complaint form shows and applies them. */
export const publicPhotoLimits = {
  max: PUBLIC_PHOTOS_PER_CASE,
  maxBytes: PUBLIC_PHOTO_MAX_BYTES,
  maxSide: PUBLIC_PHOTO_MAX_SIDE,
  types: ["image/jpeg", "image/png", "image/webp"],
  windowMinutes: PUBLIC_PHOTO_WINDOW_MS / 60_000,
};

export async function publicIntakeForm(ctx: TenantServiceContext): Promise<PublicIntakeForm> {
  return inTenant(ctx, async (tx) => {
    const mechanism = (await currentMechanism(tx, ctx)).document;
    const settings = await settingsOf(tx, ctx.tenant.id);
    return {
      tenant: { slug: ctx.tenant.slug, name: ctx.tenant.name },
      categories: mechanism.categories.map((c) => ({ code: c.code, name: c.name, kind: c.kind })),
      privacyUrl: settings.privacyUrl ?? null,
      photos: publicPhotoLimits,
    };
  });
}

/** Regions whose public figures anyone may read: the county's townships and streets (top of the tree). */
const PUBLIC_REGION_KINDS: RegionKind[] = ["township", "street"];

export interface PublicKpiInput {
  period?: string | undefined;
  regionId?: string | undefined;
}

type NamedRatio = Ratio & { name: Label };

export interface PublicKpis {
  period: string;
  from: string;
  to: string;
  timezone: string;
  /** The day the three 100% rates were read (today in the tenant's zone). */
  on: string;
  region: { id: string; name: string; kind: RegionKind } | null;
  received: number;
  caseRates: {
    responseRate: TargetedRate;
    resolutionRate: TargetedRate;
    satisfactionRate: TargetedRate;
  };
  coverage: {
    serviceCoverage: NamedRatio;
    committeeFormation: NamedRatio;
    partyOrgFormation: NamedRatio;
  };
  /** The townships and streets whose figures can be asked for. */
  regions: { id: string; name: string; kind: RegionKind }[];
}

export const coverageLabels = {
  serviceCoverage: { zh: "物业服务覆盖率", en: "Property service coverage" },
  committeeFormation: { zh: "业委会组建率", en: "Owners' committee formation" },
  partyOrgFormation: { zh: "党组织组建率", en: "Party organisation formation" },
} as const satisfies Record<string, Label>;

const rateOnly = (r: TargetedRate): TargetedRate => ({
  name: r.name,
  numerator: r.numerator,
  denominator: r.denominator,
  rate: r.rate,
  target: r.target,
  meetsTarget: r.meetsTarget,
});

/**
 * The county's (or one township's or street's) public figures: the case rates (三率) of a period
 * and the three 100% rates today. Aggregates only, read by the existing KPI verbs as the county;
 * no overdue list, no category breakdown, nothing per case. A region that is not a township or
 * street of this county is 404 naming `query.regionId`.
 */
export async function publicKpis(ctx: TenantServiceContext, input: PublicKpiInput): Promise<PublicKpis> {
  const county: TenantServiceContext = { ...ctx, principal: systemPrincipal("public-kpis") };
  return inTenant(county, async (tx) => {
    const tops = await tx
      .select({ id: regions.id, name: regions.name, kind: regions.kind })
      .from(regions)
      .where(
        and(
          eq(regions.tenantId, ctx.tenant.id),
          isNull(regions.archivedAt),
          inArray(regions.kind, PUBLIC_REGION_KINDS),
        ),
      )
      .orderBy(sql`${regions.code} asc nulls last`, asc(regions.name), asc(regions.id));
    const region = input.regionId ? (tops.find((r) => r.id === input.regionId) ?? null) : null;
    if (input.regionId && !region) {
      throw new AppError("not_found", `Region '${input.regionId}' was not found.`, {
        errors: [{ path: "query.regionId", message: "Not a township or street of this county." }],
      });
    }
    const inner = { ...county, tx };
    const cases = await caseKpis(inner, { period: input.period, regionId: region?.id });
    const coverage = await coverageKpis(inner, { regionId: region?.id });
    const named = (key: keyof typeof coverageLabels): NamedRatio => ({
      name: coverageLabels[key],
      numerator: coverage[key].numerator,
      denominator: coverage[key].denominator,
      rate: coverage[key].rate,
    });
    return {
      period: cases.period,
      from: cases.from,
      to: cases.to,
      timezone: cases.timezone,
      on: coverage.on,
      region,
      received: cases.received,
      caseRates: {
        responseRate: rateOnly(cases.responseRate),
        resolutionRate: rateOnly(cases.resolutionRate),
        satisfactionRate: rateOnly(cases.satisfactionRate),
      },
      coverage: {
        serviceCoverage: named("serviceCoverage"),
        committeeFormation: named("committeeFormation"),
        partyOrgFormation: named("partyOrgFormation"),
      },
      regions: tops,
    };
  });
}
