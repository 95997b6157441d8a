import { z } from "@hono/zod-openapi";
import { partyOrgKinds } from "@propgov/core";
import type { Router } from "../../router.js";
import { listPartyOrgs } from "../../services/party-orgs/read.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json, pageOf, registryListQuery } from "../shared.js";
import { partyOrgJson, partyOrgReaders, partyOrgSchema } from "./schema.js";

const idFilter = (name: string, example: string, description: string) =>
  z
    .string()
    .max(64)
    .optional()
    .openapi({ param: { name, in: "query" }, description, example });

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/party-orgs",
  roles: partyOrgReaders,
  operationId: "listPartyOrgs",
  tags: ["party-orgs"],
  summary: "List party organisations",
  description: "`q` matches the name. The id filters select what an organisation is attached to.",
  request: {
    query: registryListQuery.extend({
      kind: z
        .enum(partyOrgKinds)
        .optional()
        .openapi({ param: { name: "kind", in: "query" }, example: "compoundBranch" }),
      regionId: idFilter(
        "regionId",
        "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
        "Attached to this region (community).",
      ),
      compoundId: idFilter("compoundId", "cpd_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", "Attached to this compound."),
      companyId: idFilter("companyId", "cmp_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", "Attached to this company."),
      committeeId: idFilter("committeeId", "cmt_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", "Attached to this committee."),
    }),
  },
  responses: {
    200: json(pageOf(partyOrgSchema, "PartyOrgPage"), "A page of party organisations, oldest first."),
  },
});

export const registerListPartyOrgs = (app: Router) =>
  app.openapi(route, async (c) => {
    const page = await listPartyOrgs(tenantCtx(c), c.req.valid("query"));
    return c.json({ items: page.items.map(partyOrgJson), nextCursor: page.nextCursor }, 200);
  });
