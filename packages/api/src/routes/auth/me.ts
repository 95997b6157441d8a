import { tenants, withoutTenant } from "@propgov/db";
import { eq } from "drizzle-orm";
import { requirePrincipal } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { sessionUserSchema } from "./schema.js";

const route = defineRoute({
  method: "get",
  path: "/v1/auth/me",
  roles: "signedIn",
  operationId: "getMe",
  tags: ["auth"],
  summary: "Who am I: the signed-in user or API key",
  responses: {
    200: json(sessionUserSchema, "The caller."),
  },
});

export const registerMe = (app: Router) =>
  app.openapi(route, async (c) => {
    const principal = requirePrincipal(c);
    if (principal.kind === "platformUser") {
      return c.json(
        {
          id: principal.userId,
          username: principal.username,
          displayName: principal.displayName,
          roles: principal.roles,
          scope: null,
          tenant: null,
        },
        200,
      );
    }
    const [tenant] = await withoutTenant(c.get("deps").db.db, (tx) =>
      tx
        .select({ id: tenants.id, slug: tenants.slug, name: tenants.name })
        .from(tenants)
        .where(eq(tenants.id, principal.tenantId)),
    );
    const base =
      principal.kind === "user"
        ? { id: principal.userId, username: principal.username, displayName: principal.displayName }
        : { id: principal.keyId, username: principal.keyId, displayName: principal.name };
    return c.json({ ...base, roles: principal.roles, scope: principal.scope, tenant: tenant ?? null }, 200);
  });
