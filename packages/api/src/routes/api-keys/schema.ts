import { z } from "@hono/zod-openapi";
import { idPattern, isoInstantSchema, tenantRoles } from "@propgov/core";
import type { ApiKeyView } from "../../services/api-keys.js";
import { scopeJsonSchema } from "../users/schema.js";

const example = {
  id: "key_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  name: "12345 hotline bridge",
  prefix: "key_01JBQ3Z8",
  roles: ["countyAdmin"],
  scope: null,
  createdAt: "2026-11-26T08:00:00.000Z",
  lastUsedAt: null,
  expiresAt: null,
  revokedAt: null,
};

export const apiKeySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z
      .string()
      .openapi({ description: "The key's first characters, to recognise it; not usable alone." }),
    roles: z.array(z.enum(tenantRoles)),
    scope: scopeJsonSchema.nullable(),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi("ApiKey", { example });

export const createdApiKeySchema = apiKeySchema
  .extend({
    key: z
      .string()
      .openapi({ description: "The secret key, shown this once. Send as `Authorization: Bearer <key>`." }),
  })
  .openapi("CreatedApiKey", {
    example: { ...example, key: "key_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0.ten_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0.q8w…" },
  });

export const createApiKeyBodySchema = z
  .object({
    name: z.string().trim().min(1).max(100),
    roles: z.array(z.enum(tenantRoles)).min(1).max(tenantRoles.length),
    scope: scopeJsonSchema.nullable().optional(),
    expiresAt: isoInstantSchema().optional().meta({ description: "Optional expiry." }),
  })
  .strict()
  .openapi("CreateApiKeyRequest", { example: { name: "12345 hotline bridge", roles: ["countyAdmin"] } });

export const apiKeyIdParam = z.object({
  id: z
    .string()
    .regex(idPattern("key"), "Not an API key id.")
    .openapi({ param: { name: "id", in: "path" }, example: "key_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0" }),
});

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const apiKeyJson = (k: ApiKeyView) => ({
  ...k,
  createdAt: k.createdAt.toISOString(),
  lastUsedAt: iso(k.lastUsedAt),
  expiresAt: iso(k.expiresAt),
  revokedAt: iso(k.revokedAt),
});
