import type { AttachmentType } from "./sniff.js";

/** What an attachment belongs to, and so who may see and add it. */
export const attachmentOwnerKinds = ["case", "meeting", "disclosure"] as const;
export type AttachmentOwnerKind = (typeof attachmentOwnerKinds)[number];

/**
 * Why it was attached: on a case at intake (the reporter's or staff's photos) or as completion
 * evidence (影像证明); a meeting's minutes (会议纪要); a disclosure's document (公示材料).
 */
export const attachmentPurposes = ["intake", "evidence", "minutes", "document"] as const;
export type AttachmentPurpose = (typeof attachmentPurposes)[number];

/** The purposes each owner takes; the first is the default. */
export const purposesOf: Record<AttachmentOwnerKind, readonly AttachmentPurpose[]> = {
  case: ["intake", "evidence"],
  meeting: ["minutes"],
  disclosure: ["document"],
};

const MiB = 1024 * 1024;

/** The largest file of each type: photos from phones fit in 10 MiB, scanned PDFs in 20 MiB. */
export const attachmentMaxBytes: Record<AttachmentType, number> = {
  "image/jpeg": 10 * MiB,
  "image/png": 10 * MiB,
  "image/webp": 10 * MiB,
  "application/pdf": 20 * MiB,
};

/** The largest attachment of any type. */
export const ATTACHMENT_MAX_BYTES = 20 * MiB;

/** Attachments one owner holds at most. */
export const ATTACHMENTS_PER_OWNER = 30;

/** The long side of a thumbnail, in pixels. */
export const THUMBNAIL_SIZE = 320;

/**
 * Photos a resident adds to the case they just filed (no login, by tracking code): at most this
 * many per case, each an image of at most {@link PUBLIC_PHOTO_MAX_BYTES}, within
 * {@link PUBLIC_PHOTO_WINDOW_MS} of filing. Clients scale them to {@link PUBLIC_PHOTO_MAX_SIDE}
 * pixels on the long side first (the widget does), which keeps a phone photo well under the limit.
 */
export const PUBLIC_PHOTOS_PER_CASE = 6;
export const PUBLIC_PHOTO_MAX_BYTES = 5 * MiB;
export const PUBLIC_PHOTO_WINDOW_MS = 30 * 60_000;
export const PUBLIC_PHOTO_MAX_SIDE = 1600;
