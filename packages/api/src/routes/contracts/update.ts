import type { Router } from "../../router.js";
import { updateContract } from "../../services/contracts/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { contractJson, contractSchema, contractWriters, updateContractBody } from "./schema.js";

const route = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/contracts/{id}",
  roles: contractWriters,
  errors: [409],
  operationId: "updateContract",
  tags: ["contracts"],
  summary: "Change a contract (dates, fee standard, project manager, obligations)",
  description:
    "A new project manager is appended to the contract's history. `obligations` replaces the list (audited, before and after). New dates must not overlap another contract of the compound (409 naming `body.startsOn`).",
  request: {
    params: idParam("ctr", "contract"),
    body: { content: { "application/json": { schema: updateContractBody } }, required: true },
  },
  responses: {
    200: json(contractSchema, "The changed contract."),
  },
});

export const registerUpdateContract = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      contractJson(await updateContract(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))),
      200,
    ),
  );
