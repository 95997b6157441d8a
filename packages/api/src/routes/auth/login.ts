import { setSessionCookie } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { login } from "../../services/auth.js";
import { serviceCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { loginBodySchema, sessionSchema, toSessionUserJson } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/auth/login",
  roles: "public",
  errors: [401, 429],
  operationId: "login",
  tags: ["auth"],
  summary: "Sign in with username and password",
  description:
    "With `tenant`, signs a county user in; without, a platform user. Answers a session token and sets it as an HttpOnly, SameSite=Lax cookie. Wrong username or password is 401 with the same body either way; repeated failures per username and client, or from one client across usernames, are 429 with Retry-After.",
  request: { body: { content: { "application/json": { schema: loginBodySchema } }, required: true } },
  responses: {
    200: json(sessionSchema, "Signed in."),
  },
});

export const registerLogin = (app: Router) =>
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    const deps = c.get("deps");
    const { session, user } = await login(
      { ...serviceCtx(c), principal: null },
      { ...body, userAgent: c.req.header("user-agent"), client: deps.clientAddress(c) },
    );
    setSessionCookie(c, session.token, session.expiresAt);
    return c.json(
      { token: session.token, expiresAt: session.expiresAt.toISOString(), user: toSessionUserJson(user) },
      200,
    );
  });
