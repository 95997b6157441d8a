import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { withdrawDisclosure } from "../../services/disclosures.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { disclosureJson, disclosureSchema, publisherRoles, withdrawDisclosureBody } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/disclosures/{id}/withdraw",
  operationId: "withdrawDisclosure",
  tags: ["disclosures"],
  summary: "Withdraw a disclosure (撤回), with a reason",
  description:
    "It leaves the public board and no longer counts for the informationDisclosure policy; the record stays. The county, whoever published it, the company a company disclosure names, or — for a disclosure without a company — the compound's committee members and the region staff over it. Already withdrawn → 409.",
  security,
  middleware: [requireRole(publisherRoles)] as const,
  request: {
    params: tenantParam.extend(idParam("dsc", "disclosure").shape),
    body: { content: { "application/json": { schema: withdrawDisclosureBody } }, required: true },
  },
  responses: {
    200: json(disclosureSchema, "Withdrawn."),
    ...errorResponses(400, 401, 403, 404, 409, 422, 500),
  },
});

export const registerWithdrawDisclosure = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(
      disclosureJson(await withdrawDisclosure(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))),
      200,
    ),
  );
