import type { Router } from "../../router.js";
import { createCompound } from "../../services/compounds/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { compoundJson, compoundSchema, compoundWriters, createCompoundBody } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/compounds",
  roles: compoundWriters,
  operationId: "createCompound",
  tags: ["compounds"],
  summary: "Add a compound (小区) to a community",
  description:
    "`communityId` must be an active community (region staff: under their own region); a guarantor is a user of the county (`userId`) or a named person with a phone.",
  request: {
    body: { content: { "application/json": { schema: createCompoundBody } }, required: true },
  },
  responses: {
    201: json(compoundSchema, "Created."),
  },
});

export const registerCreateCompound = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(compoundJson(await createCompound(tenantCtx(c), c.req.valid("json"))), 201),
  );
