import type { Router } from "../../router.js";
import { attachmentContent } from "../../services/attachments/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole } from "../shared.js";
import { attachmentIdParam, binaryResponse, sendContent } from "./schema.js";

const contentRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/attachments/{id}/content",
  roles: anyTenantRole,
  errors: [503],
  operationId: "getAttachmentContent",
  tags: ["attachments"],
  summary: "Download an attachment's file",
  description:
    "The stored bytes (images without metadata), images inline and PDFs as downloads, with `X-Content-Type-Options: nosniff` and a sandboxing CSP. Whoever sees the owner; otherwise 404.",
  request: { params: attachmentIdParam },
  responses: { 200: binaryResponse("The file.") },
});

const thumbnailRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/attachments/{id}/thumbnail",
  roles: anyTenantRole,
  errors: [503],
  operationId: "getAttachmentThumbnail",
  tags: ["attachments"],
  summary: "Download an image attachment's thumbnail (JPEG)",
  description: "A JPEG whose long side is 320 px. 404 for a PDF, or when the server makes no thumbnails.",
  request: { params: attachmentIdParam },
  responses: { 200: binaryResponse("The thumbnail.") },
});

export function registerAttachmentContent(app: Router) {
  app.openapi(contentRoute, async (c) =>
    sendContent(c, await attachmentContent(tenantCtx(c), c.req.valid("param").id, "file"), "private"),
  );
  app.openapi(thumbnailRoute, async (c) =>
    sendContent(c, await attachmentContent(tenantCtx(c), c.req.valid("param").id, "thumbnail"), "private"),
  );
}
