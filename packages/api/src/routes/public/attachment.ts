import type { Router } from "../../router.js";
import { publicAttachmentContent } from "../../services/attachments/read.js";
import { attachmentIdParam, binaryResponse, sendContent } from "../attachments/schema.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { publicRateLimit } from "./limits.js";

const fileRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/public/attachments/{id}",
  roles: "public",
  use: [publicRateLimit("publicRead")],
  errors: [429, 503],
  operationId: "getPublicAttachment",
  tags: ["public"],
  summary: "A public photo of a case, or a public file of a disclosure (no login)",
  description:
    "Only attachments marked public: a case's photos (listed in case tracking as `photos`, and Open311's `media_url`) and the files of disclosures not withdrawn. Anything else, a meeting's files included, is 404. Images carry no metadata (no EXIF, no GPS). Rate-limited like other public reads.",
  request: { params: attachmentIdParam },
  responses: { 200: binaryResponse("The file.") },
});

const thumbnailRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/public/attachments/{id}/thumbnail",
  roles: "public",
  use: [publicRateLimit("publicRead")],
  errors: [429, 503],
  operationId: "getPublicAttachmentThumbnail",
  tags: ["public"],
  summary: "The thumbnail of a public photo (JPEG, no login)",
  description: "As `public/attachments/{id}`; 404 for a file without a thumbnail.",
  request: { params: attachmentIdParam },
  responses: { 200: binaryResponse("The thumbnail.") },
});

export function registerPublicAttachment(app: Router) {
  app.openapi(fileRoute, async (c) =>
    sendContent(c, await publicAttachmentContent(tenantCtx(c), c.req.valid("param").id, "file"), "public"),
  );
  app.openapi(thumbnailRoute, async (c) =>
    sendContent(
      c,
      await publicAttachmentContent(tenantCtx(c), c.req.valid("param").id, "thumbnail"),
      "public",
    ),
  );
}
