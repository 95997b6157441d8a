import type { AttachmentOwnerKind, IdPrefix } from "@propgov/core";
import type { Router } from "../../router.js";
import { listAttachments } from "../../services/attachments/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute, type Roles } from "../define.js";
import { idParam, json } from "../shared.js";
import { attachmentJson, attachmentListSchema } from "./schema.js";

interface OwnerList {
  kind: AttachmentOwnerKind;
  collection: string;
  prefix: IdPrefix;
  roles: Roles;
  operationId: string;
  tag: string;
  summary: string;
}

/** `GET /v1/tenants/{tenant}/<owners>/{id}/attachments` for one kind of owner. */
export function registerList(app: Router, o: OwnerList) {
  const route = defineRoute({
    method: "get",
    path: `/v1/tenants/{tenant}/${o.collection}/{id}/attachments`,
    roles: o.roles as ["countyAdmin"],
    operationId: o.operationId,
    tags: [o.tag],
    summary: o.summary,
    description: `Whoever sees the ${o.kind} sees its attachments, oldest first; otherwise 404.`,
    request: { params: idParam(o.prefix, o.kind) },
    responses: { 200: json(attachmentListSchema, "The attachments.") },
  });
  app.openapi(route, async (c) => {
    const items = await listAttachments(tenantCtx(c), { kind: o.kind, id: c.req.valid("param").id });
    return c.json({ items: items.map(attachmentJson) }, 200);
  });
}
