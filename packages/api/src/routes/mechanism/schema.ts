import { z } from "@hono/zod-openapi";
import { compact2Level, mechanismSchema } from "@propgov/core";
import type { MechanismVersionSummary, MechanismVersionView } from "../../services/mechanism.js";

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const mechanismDocumentSchema = mechanismSchema.meta({
  id: "MechanismDocument",
  description:
    "A tenant's mechanism (e.g. Mengcheng's \"3338\"): levels with their bodies, teams and venues, the 8+N roster, case categories, policies with their config, thresholds.",
  example: { ...compact2Level, preset: "compact-2level" },
});

const createdBy = z
  .string()
  .nullable()
  .openapi({ description: "The user, API key or platform user who wrote it; null for the system." });

export const mechanismVersionSchema = z
  .object({
    version: z.number().int().min(1),
    createdAt: z.string(),
    createdBy,
    document: mechanismDocumentSchema,
  })
  .openapi("MechanismVersion", {
    example: {
      version: 2,
      createdAt: "2026-11-26T08:00:00.000Z",
      createdBy: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      document: { ...compact2Level, preset: "compact-2level" },
    },
  });

export const mechanismVersionSummarySchema = z
  .object({
    version: z.number().int().min(1),
    createdAt: z.string(),
    createdBy,
    name: z.object({ zh: z.string(), en: z.string() }),
    preset: z.string().nullable(),
  })
  .openapi("MechanismVersionSummary", {
    example: {
      version: 2,
      createdAt: "2026-11-26T08:00:00.000Z",
      createdBy: "usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      name: { zh: "蒙城县“3338”工作机制", en: "Mengcheng's 3338 mechanism" },
      preset: "anhui-3338",
    },
  });

export const versionParam = z.object({
  n: z.coerce
    .number()
    .int()
    .min(1)
    .max(1_000_000_000)
    .openapi({ param: { name: "n", in: "path" }, example: 1 }),
});

export const mechanismVersionJson = (v: MechanismVersionView) => ({
  ...v,
  createdAt: v.createdAt.toISOString(),
});

export const mechanismVersionSummaryJson = (v: MechanismVersionSummary) => ({
  ...v,
  createdAt: v.createdAt.toISOString(),
});
