import {
  AppError,
  ATTACHMENTS_PER_OWNER,
  type AttachmentPurpose,
  type AttachmentType,
  attachmentMaxBytes,
  isImageType,
  newId,
  purposesOf,
  sniffAttachmentType,
  unprocessable,
} from "@propgov/core";
import { attachments, type Tx } from "@propgov/db";
import { and, count, eq, isNull } from "drizzle-orm";
import { assertClean } from "../../attachments/images.js";
import type { AttachmentStore } from "../../attachments/store.js";
import type { TenantServiceContext } from "../../context.js";
import { reachOf } from "../access/reach.js";
import { actorIdOf, actorNameOf, audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { type AttachmentOwner, assertMayAttach, ownerColumn, ownerValues } from "./owners.js";
import { type AttachmentView, attachmentView, storageKeys } from "./view.js";

export interface UploadAttachmentInput {
  owner: AttachmentOwner;
  /** Default: the owner's first purpose (a case's `intake`). */
  purpose?: AttachmentPurpose | undefined;
  public?: boolean | undefined;
  file: { bytes: Uint8Array; name: string | null };
}

export const typeNames: Record<AttachmentType, string> = {
  "image/jpeg": "JPEG",
  "image/png": "PNG",
  "image/webp": "WebP",
  "application/pdf": "PDF",
};

/** The store, or 503 when the deployment has none. */
export function storeOf(ctx: TenantServiceContext): AttachmentStore {
  const store = ctx.deps.attachments.store;
  if (!store)
    throw new AppError("unavailable", "This server keeps no attachments: no attachment store is configured.");
  return store;
}

/** A file name fit to show: its last path part, without control characters, at most 200 characters. */
export function cleanFilename(name: string | null): string | null {
  if (!name) return null;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const last = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f]/g, "").trim();
  return last ? last.slice(0, 200) : null;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Checks an upload before anything is stored: the type from the bytes (JPEG, PNG, WebP or PDF,
 * whatever the name or the client's media type say; else 422 `body.file`), its limit (413
 * `body.file`), the purpose the owner takes (422 `body.purpose`), and whether it may be public
 * (a case's photos, a disclosure's files; 422 `body.public`).
 */
export function checkUpload(input: UploadAttachmentInput): {
  type: AttachmentType;
  purpose: AttachmentPurpose;
} {
  const { bytes } = input.file;
  if (bytes.byteLength === 0) throw unprocessable("body.file", "The file is empty.", { code: "file_empty" });
  const type = sniffAttachmentType(bytes);
  if (!type) {
    throw unprocessable(
      "body.file",
      "Not a JPEG, PNG, WebP or PDF file (judged by its content, not its name).",
      { code: "file_type" },
    );
  }
  const max = attachmentMaxBytes[type];
  if (bytes.byteLength > max) {
    throw new AppError(
      "payload_too_large",
      `A ${typeNames[type]} file may have at most ${max / 1024 / 1024} MiB.`,
      {
        errors: [{ path: "body.file", message: `At most ${max} bytes for ${type}.`, code: "file_too_large" }],
      },
    );
  }
  const allowed = purposesOf[input.owner.kind];
  const purpose = input.purpose ?? allowed[0];
  if (!purpose || !allowed.includes(purpose)) {
    throw unprocessable("body.purpose", `A ${input.owner.kind} takes: ${allowed.join(", ")}.`);
  }
  if (input.public) {
    const mayBePublic =
      input.owner.kind === "disclosure" || (input.owner.kind === "case" && isImageType(type));
    if (!mayBePublic) {
      throw unprocessable(
        "body.public",
        input.owner.kind === "case"
          ? "Only photos of a case are shown publicly."
          : "Meeting files are never public.",
      );
    }
  }
  return { type, purpose };
}

/**
 * Attaches a file to a case, meeting or disclosure, as staff: checked ({@link checkUpload}), on
 * an owner the caller may attach to, within the owner's limit, then stored ({@link storeAttachment}).
 */
export async function uploadAttachment(
  ctx: TenantServiceContext,
  input: UploadAttachmentInput,
): Promise<AttachmentView> {
  const { type, purpose } = checkUpload(input);
  storeOf(ctx); // 503 before any work when the server keeps no attachments
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    await assertMayAttach(tx, ctx, reach, input.owner, purpose);
    const [held] = await tx
      .select({ n: count() })
      .from(attachments)
      .where(
        and(
          eq(attachments.tenantId, ctx.tenant.id),
          eq(ownerColumn(input.owner.kind), input.owner.id),
          isNull(attachments.deletedAt),
        ),
      );
    if ((held?.n ?? 0) >= ATTACHMENTS_PER_OWNER) {
      throw new AppError(
        "conflict",
        `A ${input.owner.kind} holds at most ${ATTACHMENTS_PER_OWNER} attachments.`,
      );
    }

    return storeAttachment(tx, ctx, { ...input, type, purpose });
  });
}

/**
 * Stores a checked file on an owner the caller may attach to, in the caller's transaction:
 * images are processed (metadata such as EXIF and GPS removed, a thumbnail made when the
 * processor makes one) and checked to hold no metadata afterwards (else 422 `body.file`); then
 * the bytes go to the store and the row and its audit event are written. If the row cannot be
 * written, or the transaction rolls back later, the stored bytes are removed again.
 */
export async function storeAttachment(
  tx: Tx,
  ctx: TenantServiceContext,
  input: UploadAttachmentInput & { type: AttachmentType; purpose: AttachmentPurpose },
): Promise<AttachmentView> {
  const { type, purpose } = input;
  const store = storeOf(ctx);
  let bytes = input.file.bytes;
  let width: number | null = null;
  let height: number | null = null;
  let thumbnail: { bytes: Uint8Array; contentType: string } | null = null;
  if (isImageType(type)) {
    try {
      const processed = await ctx.deps.attachments.images.process(bytes, type);
      bytes = assertClean(processed.bytes, type);
      ({ width, height, thumbnail } = processed);
    } catch {
      throw unprocessable("body.file", `The ${typeNames[type]} image cannot be read.`, {
        code: "file_unreadable",
      });
    }
  }

  const now = ctx.deps.now();
  const id = newId("attachment", now.getTime());
  const keys = storageKeys(ctx.tenant.id, id);
  await store.put(keys.file, bytes, type);
  try {
    if (thumbnail) await store.put(keys.thumbnail, thumbnail.bytes, thumbnail.contentType);
    const [row] = await tx
      .insert(attachments)
      .values({
        tenantId: ctx.tenant.id,
        id,
        ...ownerValues(input.owner),
        purpose,
        contentType: type,
        size: bytes.byteLength,
        sha256: await sha256Hex(bytes),
        filename: cleanFilename(input.file.name),
        storageKey: keys.file,
        thumbnailKey: thumbnail ? keys.thumbnail : null,
        width,
        height,
        public: input.public ?? false,
        uploadedBy: actorIdOf(ctx.principal),
        uploaderName: actorNameOf(ctx.principal),
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    const view = attachmentView(row);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "attachment.create",
      targetType: "attachment",
      targetId: id,
      after: view,
    });
    // A transaction that rolls back later (the request fails after this verb) leaves no bytes behind.
    ctx.onRollback?.(async () => {
      await store.delete(keys.file).catch(() => undefined);
      await store.delete(keys.thumbnail).catch(() => undefined);
    });
    return view;
  } catch (error) {
    await store.delete(keys.file).catch(() => undefined);
    await store.delete(keys.thumbnail).catch(() => undefined);
    throw error;
  }
}
