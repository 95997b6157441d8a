import { endSession } from "../../auth/sessions.js";
import { clearSessionCookie, requirePrincipal } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { defineRoute } from "../define.js";

const route = defineRoute({
  method: "post",
  path: "/v1/auth/logout",
  roles: "signedIn",
  operationId: "logout",
  tags: ["auth"],
  summary: "Sign out: end the current session",
  responses: {
    204: { description: "The session is ended and the cookie cleared." },
  },
});

export const registerLogout = (app: Router) =>
  app.openapi(route, async (c) => {
    const principal = requirePrincipal(c);
    await endSession(c.get("deps"), principal);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
