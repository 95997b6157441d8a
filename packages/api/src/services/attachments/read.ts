import { AppError, type AttachmentType } from "@propgov/core";
import { attachments, disclosures, type Tx } from "@propgov/db";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { type Reach, reachOf } from "../access/reach.js";
import { inTenant } from "../tx.js";
import {
  type AttachmentOwner,
  type AttachmentRow,
  assertOwnerVisible,
  ownerColumn,
  ownerOf,
} from "./owners.js";
import { storeOf } from "./upload.js";
import { type AttachmentView, attachmentView } from "./view.js";

/** An attachment's bytes, with what the response needs to say about them. */
export interface AttachmentContent {
  bytes: Uint8Array;
  contentType: string;
  filename: string;
}

const notFound = (id: string) => new AppError("not_found", `Attachment '${id}' was not found.`);

/** An attachment (not deleted) whose owner the caller sees; else 404, as for another county's. */
export async function findVisibleAttachment(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  id: string,
): Promise<AttachmentRow> {
  const [row] = await tx
    .select()
    .from(attachments)
    .where(
      and(eq(attachments.tenantId, ctx.tenant.id), eq(attachments.id, id), isNull(attachments.deletedAt)),
    );
  if (!row) throw notFound(id);
  try {
    await assertOwnerVisible(tx, ctx, reach, ownerOf(row));
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") throw notFound(id);
    throw error;
  }
  return row;
}

/** The attachments of an owner the caller sees (404 otherwise), oldest first. */
export async function listAttachments(
  ctx: TenantServiceContext,
  owner: AttachmentOwner,
): Promise<AttachmentView[]> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    await assertOwnerVisible(tx, ctx, reach, owner);
    const rows = await tx
      .select()
      .from(attachments)
      .where(
        and(
          eq(attachments.tenantId, ctx.tenant.id),
          eq(ownerColumn(owner.kind), owner.id),
          isNull(attachments.deletedAt),
        ),
      )
      .orderBy(asc(attachments.id));
    return rows.map(attachmentView);
  });
}

/** One attachment's description; 404 unless the caller sees its owner. */
export async function getAttachment(ctx: TenantServiceContext, id: string): Promise<AttachmentView> {
  return inTenant(ctx, async (tx) =>
    attachmentView(await findVisibleAttachment(tx, ctx, await reachOf(tx, ctx), id)),
  );
}

const extension: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "application/pdf": "pdf",
};

async function contentOf(
  ctx: TenantServiceContext,
  row: AttachmentRow,
  variant: "file" | "thumbnail",
): Promise<AttachmentContent> {
  const key = variant === "file" ? row.storageKey : row.thumbnailKey;
  if (!key) throw new AppError("not_found", `Attachment '${row.id}' has no thumbnail.`);
  const bytes = await storeOf(ctx).get(key);
  if (!bytes)
    throw new AppError("not_found", `The bytes of attachment '${row.id}' are missing from the store.`);
  const contentType: AttachmentType = variant === "file" ? row.contentType : "image/jpeg";
  const base =
    variant === "file" && row.filename ? row.filename : `${row.id}${variant === "thumbnail" ? "-thumb" : ""}`;
  const filename = /\.[A-Za-z0-9]{1,5}$/.test(base) ? base : `${base}.${extension[contentType] ?? "bin"}`;
  return { bytes, contentType, filename };
}

/** The bytes of an attachment (or its thumbnail) the caller may see. */
export async function attachmentContent(
  ctx: TenantServiceContext,
  id: string,
  variant: "file" | "thumbnail",
): Promise<AttachmentContent> {
  return inTenant(ctx, async (tx) => {
    const row = await findVisibleAttachment(tx, ctx, await reachOf(tx, ctx), id);
    return contentOf(ctx, row, variant);
  });
}

/**
 * A public attachment of a case or of a disclosure not withdrawn, for anyone (no login): what case
 * tracking, Open311's `media_url` and the disclosure board link to. Anything else is 404.
 */
export async function publicAttachmentContent(
  ctx: TenantServiceContext,
  id: string,
  variant: "file" | "thumbnail",
): Promise<AttachmentContent> {
  const pub = { ...ctx, principal: null };
  return inTenant(pub, async (tx) => {
    const [row] = await tx
      .select()
      .from(attachments)
      .where(
        and(
          eq(attachments.tenantId, pub.tenant.id),
          eq(attachments.id, id),
          eq(attachments.public, true),
          isNull(attachments.deletedAt),
        ),
      );
    if (!row || row.meetingId) throw notFound(id);
    if (row.disclosureId) {
      const [d] = await tx
        .select({ withdrawnAt: disclosures.withdrawnAt })
        .from(disclosures)
        .where(and(eq(disclosures.tenantId, pub.tenant.id), eq(disclosures.id, row.disclosureId)));
      if (!d || d.withdrawnAt) throw notFound(id);
    }
    return contentOf(pub, row, variant);
  });
}

/** A public photo of a case, as the public sees it. */
export interface PublicPhoto {
  id: string;
  contentType: AttachmentType;
  width: number | null;
  height: number | null;
  hasThumbnail: boolean;
}

/** The photos of cases marked public, oldest first per case (case tracking and Open311 show these only). */
export async function publicPhotosOf(tx: Tx, tenantId: string, caseIds: readonly string[]) {
  const out = new Map<string, PublicPhoto[]>();
  if (caseIds.length === 0) return out;
  const rows = await tx
    .select()
    .from(attachments)
    .where(
      and(
        eq(attachments.tenantId, tenantId),
        inArray(attachments.caseId, [...caseIds]),
        eq(attachments.public, true),
        isNull(attachments.deletedAt),
      ),
    )
    .orderBy(asc(attachments.id));
  for (const a of rows) {
    if (!a.caseId || !a.contentType.startsWith("image/")) continue;
    const list = out.get(a.caseId) ?? [];
    list.push({
      id: a.id,
      contentType: a.contentType,
      width: a.width,
      height: a.height,
      hasThumbnail: a.thumbnailKey !== null,
    });
    out.set(a.caseId, list);
  }
  return out;
}
