import { type CaseChannel, caseStatusLabels, categoryOf, open311Status } from "@propgov/core";
import { compounds, regions, type Tx } from "@propgov/db";
import { and, eq, inArray } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { type Open311Request, open311Time } from "../../open311/format.js";
import { publicPhotosOf } from "../attachments/read.js";
import { publicAttachmentPath } from "../attachments/view.js";
import { type CaseRow, departmentsOf } from "../cases/view.js";
import { currentMechanism } from "../mechanism.js";
import { compoundColumns } from "./compounds.js";

/** Channels on which the reporter, not staff, gave the photo links. */
const RESIDENT_CHANNELS = new Set<CaseChannel>(["open311", "web", "widget"]);

/** How answers link to this server: its origin as the client reached it, for `media_url`. */
export interface Open311Links {
  baseUrl: string;
}

/** Rows as Open311 requests: compounds, communities and departments in one query each. */
export async function requestViews(
  tx: Tx,
  ctx: TenantServiceContext,
  rows: readonly CaseRow[],
  links: Open311Links,
): Promise<Open311Request[]> {
  if (rows.length === 0) return [];
  const t = ctx.tenant.id;
  const mechanism = (await currentMechanism(tx, ctx)).document;
  const compoundRows = await tx
    .select(compoundColumns)
    .from(compounds)
    .where(
      and(eq(compounds.tenantId, t), inArray(compounds.id, [...new Set(rows.map((r) => r.compoundId))])),
    );
  const compoundById = new Map(compoundRows.map((c) => [c.id, c]));
  const communityRows = await tx
    .select({ id: regions.id, name: regions.name })
    .from(regions)
    .where(and(eq(regions.tenantId, t), inArray(regions.id, [...new Set(rows.map((r) => r.communityId))])));
  const communityName = new Map(communityRows.map((r) => [r.id, r.name]));
  const steps = await departmentsOf(
    tx,
    t,
    rows.map((r) => r.id),
  );
  const zone = ctx.tenant.timezone;
  const photos = await publicPhotosOf(
    tx,
    t,
    rows.map((r) => r.id),
  );
  const mediaUrl = (row: CaseRow): string | null => {
    const first = photos.get(row.id)?.[0];
    if (first) return `${links.baseUrl}${publicAttachmentPath(ctx.tenant.slug, first.id)}`;
    // A link the reporter gave (through Open311 or the public form) is theirs to show; staff's are not.
    return RESIDENT_CHANNELS.has(row.channel) ? (row.photos[0] ?? null) : null;
  };

  return rows.map((row): Open311Request => {
    const compound = compoundById.get(row.compoundId);
    const summoned = [
      ...new Set(steps.filter((s) => s.caseId === row.id && s.round === row.round).map((s) => s.nameZh)),
    ];
    const category = categoryOf(mechanism, row.category);
    const label = caseStatusLabels[row.status];
    const hasPoint = row.lat !== null && row.long !== null;
    return {
      service_request_id: row.number,
      status: open311Status(row.status),
      status_notes: `${label.zh} / ${label.en}`,
      service_name: category?.name.zh ?? null,
      service_code: row.category,
      description: row.description,
      agency_responsible:
        summoned.length > 0 ? summoned.join("、") : (communityName.get(row.communityId) ?? null),
      service_notice: null,
      requested_datetime: open311Time(row.receivedAt, zone),
      updated_datetime: open311Time(row.updatedAt, zone),
      expected_datetime: open311Time(row.resolutionDueAt, zone),
      address: row.locationText ?? compound?.address ?? null,
      address_id: row.compoundId,
      zipcode: null,
      lat: hasPoint ? row.lat : (compound?.lat ?? null),
      long: hasPoint ? row.long : (compound?.lng ?? null),
      media_url: mediaUrl(row),
    };
  });
}
