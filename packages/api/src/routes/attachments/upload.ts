import type { AttachmentOwnerKind, IdPrefix } from "@propgov/core";
import type { Router } from "../../router.js";
import { uploadAttachment } from "../../services/attachments/upload.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute, type Roles } from "../define.js";
import { idParam, json } from "../shared.js";
import { attachmentJson, attachmentSchema, fileOf, uploadBody, uploadDescription } from "./schema.js";

interface OwnerRoute {
  kind: AttachmentOwnerKind;
  /** The owner's collection in the path: `cases`, `meetings`, `disclosures`. */
  collection: string;
  prefix: IdPrefix;
  roles: Roles;
  operationId: string;
  tag: string;
  summary: string;
  who: string;
}

/** `POST /v1/tenants/{tenant}/<owners>/{id}/attachments` for one kind of owner. */
export function uploadRoute(o: OwnerRoute) {
  return defineRoute({
    method: "post",
    path: `/v1/tenants/{tenant}/${o.collection}/{id}/attachments`,
    roles: o.roles as ["countyAdmin"],
    errors: [409, 413, 503],
    operationId: o.operationId,
    tags: [o.tag],
    summary: o.summary,
    description: `${uploadDescription}\n\n${o.who} An owner outside the caller's reach, or of another county, is 404. 503 when the server keeps no attachments (no store configured).`,
    request: { params: idParam(o.prefix, o.kind), body: uploadBody },
    responses: { 201: json(attachmentSchema, "Stored.") },
  });
}

export function registerUpload(app: Router, o: OwnerRoute) {
  app.openapi(uploadRoute(o), async (c) => {
    const form = c.req.valid("form");
    const view = await uploadAttachment(tenantCtx(c), {
      owner: { kind: o.kind, id: c.req.valid("param").id },
      purpose: form.purpose,
      public: form.public === undefined ? undefined : form.public === "true",
      file: await fileOf(form),
    });
    return c.json(attachmentJson(view), 201);
  });
}
