import type { Router } from "../../router.js";
import { createBody } from "../../services/units/bodies.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { bodyJson, bodySchema, bodyWriters, createBodyBody } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/bodies",
  roles: bodyWriters,
  operationId: "createBody",
  tags: ["bodies"],
  summary: "Register a property-management body (物业管理机构)",
  description:
    "At a region (`regionId`) or a compound (`compoundId`), exactly one. Region staff register in their own subtree; a unit outside it is 422 like an unknown one.",
  request: {
    body: { content: { "application/json": { schema: createBodyBody } }, required: true },
  },
  responses: {
    201: json(bodySchema, "Created."),
  },
});

export const registerCreateBody = (app: Router) =>
  app.openapi(route, async (c) => c.json(bodyJson(await createBody(tenantCtx(c), c.req.valid("json"))), 201));
