import { z } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { deleteAttachment, setAttachmentPublic } from "../../services/attachments/change.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json } from "../shared.js";
import { attachmentIdParam, attachmentJson, attachmentSchema } from "./schema.js";

const updateBody = z
  .object({ public: z.boolean() })
  .strict()
  .openapi("AttachmentUpdate", { example: { public: true } });

const updateRoute = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/attachments/{id}",
  roles: anyTenantRole,
  errors: [409],
  operationId: "updateAttachment",
  tags: ["attachments"],
  summary: "Show an attachment publicly, or stop showing it",
  description:
    "Who may attach to the owner may. Only a case's photos and a disclosure's files may be public (422 naming `body.public`).",
  request: {
    params: attachmentIdParam,
    body: { content: { "application/json": { schema: updateBody } }, required: true },
  },
  responses: { 200: json(attachmentSchema, "Changed.") },
});

const deleteRoute = defineRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/attachments/{id}",
  roles: anyTenantRole,
  errors: [409, 503],
  operationId: "deleteAttachment",
  tags: ["attachments"],
  summary: "Remove an attachment",
  description:
    "Who may attach to the owner may. The bytes leave the store; the record of the upload and its removal stays in the audit trail.",
  request: { params: attachmentIdParam },
  responses: { 204: { description: "Removed." } },
});

export function registerChangeAttachment(app: Router) {
  app.openapi(updateRoute, async (c) =>
    c.json(
      attachmentJson(await setAttachmentPublic(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))),
      200,
    ),
  );
  app.openapi(deleteRoute, async (c) => {
    await deleteAttachment(tenantCtx(c), c.req.valid("param").id);
    return c.body(null, 204);
  });
}
