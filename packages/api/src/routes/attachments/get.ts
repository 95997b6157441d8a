import type { Router } from "../../router.js";
import { getAttachment } from "../../services/attachments/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, json } from "../shared.js";
import { attachmentIdParam, attachmentJson, attachmentSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/attachments/{id}",
  roles: anyTenantRole,
  operationId: "getAttachment",
  tags: ["attachments"],
  summary: "Describe an attachment",
  description: "Whoever sees its case, meeting or disclosure; otherwise (another county's too) 404.",
  request: { params: attachmentIdParam },
  responses: { 200: json(attachmentSchema, "The attachment.") },
});

export const registerGetAttachment = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(attachmentJson(await getAttachment(tenantCtx(c), c.req.valid("param").id)), 200),
  );
