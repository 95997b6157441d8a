import type { Router } from "../../router.js";
import { getDisclosure } from "../../services/disclosures/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, idParam, json } from "../shared.js";
import { disclosureJson, disclosureSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/disclosures/{id}",
  roles: anyTenantRole,
  operationId: "getDisclosure",
  tags: ["disclosures"],
  summary: "Get a disclosure",
  request: { params: idParam("dsc", "disclosure") },
  responses: {
    200: json(disclosureSchema, "The disclosure (withdrawn ones too)."),
  },
});

export const registerGetDisclosure = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(disclosureJson(await getDisclosure(tenantCtx(c), c.req.valid("param").id)), 200),
  );
