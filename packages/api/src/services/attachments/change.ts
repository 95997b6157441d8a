import { AppError, isImageType } from "@propgov/core";
import { attachments } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { reachOf } from "../access/reach.js";
import { actorIdOf, audit } from "../audit.js";
import { inTenant } from "../tx.js";
import { assertMayAttach, ownerOf } from "./owners.js";
import { findVisibleAttachment } from "./read.js";
import { storeOf } from "./upload.js";
import { type AttachmentView, attachmentView } from "./view.js";

/**
 * Marks an attachment public or not (who may attach to its owner may; a case's photos and a
 * disclosure's files may be public, 422 `body.public` for anything else). Audited.
 */
export async function setAttachmentPublic(
  ctx: TenantServiceContext,
  id: string,
  input: { public: boolean },
): Promise<AttachmentView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const before = await findVisibleAttachment(tx, ctx, reach, id);
    const owner = ownerOf(before);
    await assertMayAttach(tx, ctx, reach, owner, before.purpose);
    if (input.public) {
      const mayBePublic =
        owner.kind === "disclosure" || (owner.kind === "case" && isImageType(before.contentType));
      if (!mayBePublic) {
        throw new AppError(
          "unprocessable",
          "Only a case's photos and a disclosure's files are shown publicly.",
          {
            errors: [{ path: "body.public", message: "This attachment cannot be public." }],
          },
        );
      }
    }
    const [row] = await tx
      .update(attachments)
      .set({ public: input.public })
      .where(and(eq(attachments.tenantId, ctx.tenant.id), eq(attachments.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `Attachment '${id}' was not found.`);
    const view = attachmentView(row);
    await audit(tx, ctx, ctx.tenant.id, {
      action: "attachment.update",
      targetType: "attachment",
      targetId: id,
      before: attachmentView(before),
      after: view,
    });
    return view;
  });
}

/**
 * Removes an attachment: the row is marked deleted (kept for the record and audited) and its
 * bytes and thumbnail are deleted from the store once the row is marked.
 */
export async function deleteAttachment(ctx: TenantServiceContext, id: string): Promise<void> {
  const store = storeOf(ctx);
  const keys = await inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const before = await findVisibleAttachment(tx, ctx, reach, id);
    await assertMayAttach(tx, ctx, reach, ownerOf(before), before.purpose);
    const now = ctx.deps.now();
    await tx
      .update(attachments)
      .set({ deletedAt: now, deletedBy: actorIdOf(ctx.principal) })
      .where(and(eq(attachments.tenantId, ctx.tenant.id), eq(attachments.id, id)));
    await audit(tx, ctx, ctx.tenant.id, {
      action: "attachment.delete",
      targetType: "attachment",
      targetId: id,
      before: attachmentView(before),
    });
    return [before.storageKey, before.thumbnailKey].filter((k): k is string => k !== null);
  });
  for (const key of keys) await store.delete(key);
}
