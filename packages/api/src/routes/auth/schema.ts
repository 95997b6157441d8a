import { z } from "@hono/zod-openapi";
import { scopeKeys, tenantRoles, tenantSlugSchema, usernameSchema } from "@propgov/core";
import type { SessionUser } from "../../services/auth.js";
import { newPasswordSchema } from "../users/schema.js";

export const sessionUserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum([...tenantRoles, "platformAdmin"])),
    scope: z.partialRecord(z.enum(scopeKeys), z.string()).nullable(),
    tenant: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
  })
  .openapi("SessionUser", {
    example: {
      id: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      username: "admin",
      displayName: "县住房发展中心管理员",
      roles: ["countyAdmin"],
      scope: null,
      tenant: { id: "ten_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", slug: "mengcheng", name: "蒙城县" },
    },
  });

export const loginBodySchema = z
  .object({
    tenant: tenantSlugSchema
      .optional()
      .openapi({ description: "The county's slug; omit to sign in as a platform user." }),
    username: usernameSchema,
    password: z.string().min(1).max(256),
  })
  .openapi("LoginRequest", {
    example: { tenant: "mengcheng", username: "admin", password: "correct horse battery" },
  });

export const sessionSchema = z
  .object({
    token: z
      .string()
      .openapi({ description: "Send as `Authorization: Bearer <token>`; also set as an HttpOnly cookie." }),
    expiresAt: z.string(),
    user: sessionUserSchema,
  })
  .openapi("Session", {
    example: {
      token: "ses_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0.ten_01JBQ3Z8Y4K5T9V2W6X7Y8Z9B1.k3m9x2…",
      expiresAt: "2026-12-26T08:00:00.000Z",
      user: {
        id: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
        username: "admin",
        displayName: "县住房发展中心管理员",
        roles: ["countyAdmin"],
        scope: null,
        tenant: { id: "ten_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0", slug: "mengcheng", name: "蒙城县" },
      },
    },
  });

export const changePasswordBodySchema = z
  .object({ currentPassword: z.string().min(1).max(256), newPassword: newPasswordSchema })
  .openapi("ChangePasswordRequest", {
    example: { currentPassword: "correct horse battery", newPassword: "a longer, newer passphrase" },
  });

export const toSessionUserJson = (user: SessionUser) => user as z.infer<typeof sessionUserSchema>;
