import type { Router } from "../../router.js";
import { getContract } from "../../services/contracts/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { contractJson, contractReaders, contractSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/contracts/{id}",
  roles: contractReaders,
  operationId: "getContract",
  tags: ["contracts"],
  summary: "Get a property service contract",
  request: { params: idParam("ctr", "contract") },
  responses: {
    200: json(contractSchema, "The contract."),
  },
});

export const registerGetContract = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(contractJson(await getContract(tenantCtx(c), c.req.valid("param").id)), 200),
  );
