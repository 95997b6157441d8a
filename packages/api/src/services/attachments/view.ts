import type { AttachmentOwnerKind, AttachmentPurpose, AttachmentType } from "@propgov/core";
import type { AttachmentRow } from "./owners.js";
import { ownerOf } from "./owners.js";

/** An attachment as staff see it. */
export interface AttachmentView {
  id: string;
  owner: { kind: AttachmentOwnerKind; id: string };
  purpose: AttachmentPurpose;
  contentType: AttachmentType;
  size: number;
  sha256: string;
  filename: string | null;
  width: number | null;
  height: number | null;
  hasThumbnail: boolean;
  public: boolean;
  uploadedBy: { id: string | null; name: string | null };
  createdAt: Date;
}

export const attachmentView = (row: AttachmentRow): AttachmentView => ({
  id: row.id,
  owner: ownerOf(row),
  purpose: row.purpose,
  contentType: row.contentType,
  size: row.size,
  sha256: row.sha256,
  filename: row.filename,
  width: row.width,
  height: row.height,
  hasThumbnail: row.thumbnailKey !== null,
  public: row.public,
  uploadedBy: { id: row.uploadedBy, name: row.uploaderName },
  createdAt: row.createdAt,
});

/** The store keys of an attachment and its thumbnail. */
export const storageKeys = (tenantId: string, id: string) => ({
  file: `${tenantId}/${id}`,
  thumbnail: `${tenantId}/${id}.thumb`,
});

/** Where the public fetches an attachment marked public, as a path on the API's origin. */
export const publicAttachmentPath = (tenantSlug: string, id: string) =>
  `/v1/tenants/${encodeURIComponent(tenantSlug)}/public/attachments/${id}`;
