import {
  AppError,
  ATTACHMENTS_PER_OWNER,
  isImageType,
  PUBLIC_PHOTO_MAX_BYTES,
  PUBLIC_PHOTO_WINDOW_MS,
  PUBLIC_PHOTOS_PER_CASE,
  sniffAttachmentType,
  unprocessable,
} from "@propgov/core";
import { attachments } from "@propgov/db";
import { and, count, eq, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { anonymous, findByTrackingCode } from "../cases/public.js";
import { lockCase } from "../cases/read.js";
import { idempotent } from "../idempotency.js";
import { inTenant } from "../tx.js";
import { sha256Hex, storeAttachment, storeOf } from "./upload.js";

/** What a resident gets back for a photo: enough to show it was taken, nothing about the case. */
export interface PublicPhotoReceipt {
  id: string;
  contentType: string;
  size: number;
  width: number | null;
  height: number | null;
}

export interface PublicPhotoResult {
  body: PublicPhotoReceipt;
  /** The answer is the stored one of an earlier upload of the same file (or key). */
  replayed: boolean;
}

/** Statuses in which the resident's case takes no more photos: it is done with. */
const NO_MORE_PHOTOS = new Set(["resolved", "closed", "cancelled"]);

/**
 * Checks a resident's photo before anything is read from the database: an image (JPEG, PNG or
 * WebP, sniffed from its bytes; else 422 `body.file` with code `file_type`) of at most
 * {@link PUBLIC_PHOTO_MAX_BYTES} (413 `body.file`, `file_too_large`).
 */
function checkPublicPhoto(bytes: Uint8Array) {
  if (bytes.byteLength === 0) throw unprocessable("body.file", "The file is empty.", { code: "file_empty" });
  const type = sniffAttachmentType(bytes);
  if (!type || !isImageType(type)) {
    throw unprocessable("body.file", "Not a JPEG, PNG or WebP photo (judged by its content, not its name).", {
      code: "file_type",
    });
  }
  if (bytes.byteLength > PUBLIC_PHOTO_MAX_BYTES) {
    throw new AppError(
      "payload_too_large",
      `A photo may have at most ${PUBLIC_PHOTO_MAX_BYTES / 1024 / 1024} MiB.`,
      {
        errors: [
          { path: "body.file", message: `At most ${PUBLIC_PHOTO_MAX_BYTES} bytes.`, code: "file_too_large" },
        ],
      },
    );
  }
  return type;
}

/**
 * The resident adds a photo to the case they filed (no login; the tracking code is the key):
 *
 * - an unknown tracking code is 404;
 * - only within {@link PUBLIC_PHOTO_WINDOW_MS} of filing and while the case is not resolved,
 *   closed or cancelled (409 with `reason: photo_window_closed` and `currentStatus`);
 * - at most {@link PUBLIC_PHOTOS_PER_CASE} photos from the public per case (422 `body.file`,
 *   `too_many_photos`), and within the case's overall limit (409);
 * - stored as staff uploads are (metadata and GPS removed, a thumbnail), purpose `intake`, not
 *   public (staff decide what the public sees), uploaded by nobody (`uploadedBy.id` null).
 *
 * A retry never stores the photo twice: the upload is idempotent per case and file, keyed by the
 * `Idempotency-Key` when one is sent and by the file's SHA-256 otherwise, so the same bytes sent
 * again (a lost answer, a double tap) get the first receipt (`replayed`). The same key with other
 * bytes is 422 naming the header.
 */
export async function uploadPublicPhoto(
  ctx: TenantServiceContext,
  trackingCode: string,
  file: { bytes: Uint8Array; name: string | null },
  options: { idempotencyKey?: string | undefined } = {},
): Promise<PublicPhotoResult> {
  const type = checkPublicPhoto(file.bytes);
  storeOf(ctx); // 503 before any work when the server keeps no attachments
  const pub = anonymous(ctx);
  const digest = await sha256Hex(file.bytes);
  return inTenant(pub, async (tx) => {
    const id = await findByTrackingCode(tx, pub, trackingCode);
    const row = await lockCase(tx, pub, null, id);
    const result = await idempotent(
      tx,
      {
        tenantId: pub.tenant.id,
        scope: `publicPhoto|${row.id}`,
        key: options.idempotencyKey ?? `sha256:${digest}`,
        request: { sha256: digest },
        now: pub.deps.now(),
      },
      async () => {
        const now = pub.deps.now().getTime();
        const closesAt = row.receivedAt.getTime() + PUBLIC_PHOTO_WINDOW_MS;
        if (NO_MORE_PHOTOS.has(row.status) || now > closesAt) {
          throw new AppError(
            "conflict",
            NO_MORE_PHOTOS.has(row.status)
              ? `The case is ${row.status}: it takes no more photos from the public.`
              : `Photos are added within ${PUBLIC_PHOTO_WINDOW_MS / 60_000} minutes of filing; that time is over.`,
            {
              extensions: {
                reason: "photo_window_closed",
                currentStatus: row.status,
                closesAt: new Date(closesAt).toISOString(),
              },
            },
          );
        }
        const held = async (fromPublic: boolean) => {
          const [found] = await tx
            .select({ n: count() })
            .from(attachments)
            .where(
              and(
                eq(attachments.tenantId, pub.tenant.id),
                eq(attachments.caseId, row.id),
                isNull(attachments.deletedAt),
                fromPublic ? isNull(attachments.uploadedBy) : undefined,
                fromPublic ? eq(attachments.purpose, "intake") : undefined,
              ),
            );
          return found?.n ?? 0;
        };
        if ((await held(true)) >= PUBLIC_PHOTOS_PER_CASE) {
          throw unprocessable(
            "body.file",
            `A case takes at most ${PUBLIC_PHOTOS_PER_CASE} photos from the person who filed it.`,
            { code: "too_many_photos" },
          );
        }
        if ((await held(false)) >= ATTACHMENTS_PER_OWNER) {
          throw new AppError("conflict", `A case holds at most ${ATTACHMENTS_PER_OWNER} attachments.`);
        }
        const view = await storeAttachment(tx, pub, {
          owner: { kind: "case", id: row.id },
          purpose: "intake",
          public: false,
          type,
          file,
        });
        return {
          status: 201,
          body: {
            id: view.id,
            contentType: view.contentType,
            size: view.size,
            width: view.width,
            height: view.height,
          },
        };
      },
    );
    return { body: result.body, replayed: result.replayed };
  });
}
