import { z } from "@hono/zod-openapi";
import { requirePrincipal, setSessionCookie } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { changeOwnPassword } from "../../services/auth.js";
import { serviceCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { changePasswordBodySchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/auth/password",
  roles: "signedIn",
  errors: [429],
  operationId: "changePassword",
  tags: ["auth"],
  summary: "Change your own password (ends all your sessions, opens a new one)",
  description:
    "A wrong current password is 422 naming `currentPassword`; repeated wrong ones for the account are 429 with Retry-After until the block ends.",
  request: {
    body: { content: { "application/json": { schema: changePasswordBodySchema } }, required: true },
  },
  responses: {
    200: json(
      z.object({ token: z.string(), expiresAt: z.string() }).openapi({
        example: {
          token: "ses_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0.ten_01JBQ3Z8Y4K5T9V2W6X7Y8Z9B1.k3m9x2…",
          expiresAt: "2026-12-26T08:00:00.000Z",
        },
      }),
      "Changed. Every earlier session is ended; this is the new one.",
    ),
  },
});

export const registerChangePassword = (app: Router) =>
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    const session = await changeOwnPassword(
      { ...serviceCtx(c), principal: requirePrincipal(c) },
      { ...body, userAgent: c.req.header("user-agent") },
    );
    setSessionCookie(c, session.token, session.expiresAt);
    return c.json({ token: session.token, expiresAt: session.expiresAt.toISOString() }, 200);
  });
