import type { Router } from "../../router.js";
import { createContract } from "../../services/contracts/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { contractJson, contractSchema, contractWriters, createContractBody } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/contracts",
  roles: contractWriters,
  errors: [409],
  operationId: "createContract",
  tags: ["contracts"],
  summary: "Record a property service contract",
  description:
    "The company and the compound must exist, be active and (the compound) lie within the caller's region (422 naming the field). A compound has at most one contract at a time: overlapping dates are 409 naming `body.startsOn`. The project manager becomes the first entry of its history. `obligations` are the service obligations (服务承诺: one of each kind; a value within its unit's range, whole times for frequencies): 422 naming e.g. `body.obligations.1.value`.",
  request: {
    body: { content: { "application/json": { schema: createContractBody } }, required: true },
  },
  responses: {
    201: json(contractSchema, "Created."),
  },
});

export const registerCreateContract = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(contractJson(await createContract(tenantCtx(c), c.req.valid("json"))), 201),
  );
