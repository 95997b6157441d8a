import type { Router } from "../../router.js";
import { withdrawDisclosure } from "../../services/disclosures/withdraw.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { disclosureJson, disclosureSchema, publisherRoles, withdrawDisclosureBody } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/disclosures/{id}/withdraw",
  roles: publisherRoles,
  errors: [409],
  operationId: "withdrawDisclosure",
  tags: ["disclosures"],
  summary: "Withdraw a disclosure (撤回), with a reason",
  description:
    "It leaves the public board and no longer counts for the informationDisclosure policy; the record stays. The county, whoever published it, the company a company disclosure names, or — for a disclosure without a company — the compound's committee members and the region staff over it. Already withdrawn → 409.",
  request: {
    params: idParam("dsc", "disclosure"),
    body: { content: { "application/json": { schema: withdrawDisclosureBody } }, required: true },
  },
  responses: {
    200: json(disclosureSchema, "Withdrawn."),
  },
});

export const registerWithdrawDisclosure = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      disclosureJson(await withdrawDisclosure(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))),
      200,
    ),
  );
