import { z } from "@hono/zod-openapi";
import {
  displayNameSchema,
  idPattern,
  passwordSchema,
  scopeSchema,
  tenantRoles,
  usernameSchema,
} from "@propgov/core";
import type { UserView } from "../../services/users.js";

export const scopeJsonSchema = scopeSchema.meta({
  id: "Scope",
  description:
    "The part of the county the holder acts in: regionStaff needs regionId, departmentOfficer departmentId, companyStaff companyId, committeeMember compoundId.",
  example: { regionId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" },
});

const rolesSchema = z
  .array(z.enum(tenantRoles))
  .min(1)
  .max(tenantRoles.length)
  .openapi({ example: ["regionStaff"] });

const example = {
  id: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  username: "chengguan.zhang",
  displayName: "张伟（城关街道）",
  roles: ["regionStaff"],
  scope: { regionId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" },
  disabled: false,
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-26T08:00:00.000Z",
};

export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    roles: z.array(z.enum(tenantRoles)),
    scope: scopeJsonSchema.nullable(),
    disabled: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi("User", { example });

/** A password being set: the length the schema checks, and the policy the service applies. */
export const newPasswordSchema = passwordSchema.describe(
  "At least 10 characters; not the username nor containing it (case-insensitive); not a common password or an easy variation of one (zxcvbn score 2 or more). A refused one is 422 naming the field, with `reason` and a bilingual `explanation`.",
);

export const createUserBodySchema = z
  .object({
    username: usernameSchema,
    displayName: displayNameSchema,
    password: newPasswordSchema,
    roles: rolesSchema,
    scope: scopeJsonSchema.nullable().optional(),
  })
  .strict()
  .openapi("CreateUserRequest", {
    example: {
      username: "chengguan.zhang",
      displayName: "张伟（城关街道）",
      password: "a long passphrase",
      roles: ["regionStaff"],
      scope: { regionId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" },
    },
  });

export const updateUserBodySchema = z
  .object({
    displayName: displayNameSchema.optional(),
    password: newPasswordSchema.optional(),
    roles: rolesSchema.optional(),
    scope: scopeJsonSchema.nullable().optional(),
    disabled: z.boolean().optional(),
  })
  .strict()
  .refine((b) => Object.keys(b).length > 0, { message: "Send at least one field to change." })
  .openapi("UpdateUserRequest", { example: { displayName: "张伟", disabled: false } });

export const userIdParam = z.object({
  id: z
    .string()
    .regex(idPattern("usr"), "Not a user id.")
    .openapi({ param: { name: "id", in: "path" }, example: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
});

export const userJson = (u: UserView) => ({
  ...u,
  createdAt: u.createdAt.toISOString(),
  updatedAt: u.updatedAt.toISOString(),
});
