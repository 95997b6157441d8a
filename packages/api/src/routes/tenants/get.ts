import { z } from "@hono/zod-openapi";
import type { Router } from "../../router.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";

const publicTenantSchema = z
  .object({ slug: z.string(), name: z.string(), divisionCode: z.string(), timezone: z.string() })
  .openapi("PublicTenant", {
    example: { slug: "mengcheng", name: "蒙城县", divisionCode: "341622", timezone: "Asia/Shanghai" },
  });

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}",
  roles: "public",
  operationId: "getTenant",
  tags: ["tenants"],
  summary: "A tenant's public facts (name, division code, time zone)",
  description: "Public: consoles and embedded widgets read it before anyone signs in.",
  responses: {
    200: json(publicTenantSchema, "The tenant."),
  },
});

export const registerGetTenant = (app: Router) =>
  app.openapi(route, (c) => {
    const { slug, name, divisionCode, timezone } = c.get("tenant");
    return c.json({ slug, name, divisionCode, timezone }, 200);
  });
