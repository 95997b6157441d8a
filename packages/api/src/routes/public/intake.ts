import type { Router } from "../../router.js";
import { publicIntakeForm } from "../../services/public-directory.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { publicIntakeSchema } from "./directory-schema.js";
import { publicRateLimit } from "./limits.js";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/public/intake",
  roles: "public",
  use: [publicRateLimit("publicRead")],
  errors: [429],
  operationId: "getPublicIntakeForm",
  tags: ["public"],
  summary: "What a complaint form shows: the county's name, its case categories and privacy text (no login)",
  description:
    "For the complaint widget; no credentials. The categories of the county's current mechanism (the codes `POST /public/cases` accepts) and the link to its privacy text (the `privacyUrl` setting). Rate-limited per client (the county's `publicReads.perMinute`).",
  responses: {
    200: json(publicIntakeSchema, "The form's data."),
  },
});

export const registerGetPublicIntakeForm = (app: Router) =>
  app.openapi(route, async (c) => c.json(await publicIntakeForm(tenantCtx(c)), 200));
