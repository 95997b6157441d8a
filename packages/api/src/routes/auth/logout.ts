import { createRoute } from "@hono/zod-openapi";
import { endSession } from "../../auth/sessions.js";
import { clearSessionCookie, requirePrincipal } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { errorResponses, security } from "../shared.js";

const route = createRoute({
  method: "post",
  path: "/v1/auth/logout",
  operationId: "logout",
  tags: ["auth"],
  summary: "Sign out: end the current session",
  security,
  responses: {
    204: { description: "The session is ended and the cookie cleared." },
    ...errorResponses(401, 403, 500),
  },
});

export const registerLogout = (app: Router) =>
  app.openapi(route, async (c) => {
    const principal = requirePrincipal(c);
    await endSession(c.get("deps"), principal);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
