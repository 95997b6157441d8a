import { z } from "@hono/zod-openapi";
import { createDepartmentSchema, departmentKinds, updateDepartmentSchema } from "@propgov/core";
import type { DepartmentView } from "../../services/departments/view.js";
import { iso } from "../shared.js";

const example = {
  id: "dep_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  code: "urbanManagement",
  name: { zh: "城管", en: "Urban management" },
  kind: "core",
  contact: { name: "李强", phone: "0558-7123456" },
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-26T08:00:00.000Z",
  archivedAt: null,
};

export const departmentSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.object({ zh: z.string(), en: z.string() }),
    kind: z.enum(departmentKinds),
    contact: z.object({ name: z.string(), phone: z.string() }).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    archivedAt: z.string().nullable(),
  })
  .openapi("Department", { example });

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createDepartmentBody = createDepartmentSchema.meta({
  id: "CreateDepartmentRequest",
  example: {
    code: "urbanManagement",
    name: { zh: "城管", en: "Urban management" },
    kind: "core",
    contact: { name: "李强", phone: "0558-7123456" },
  },
});

export const updateDepartmentBody = updateDepartmentSchema.meta({
  id: "UpdateDepartmentRequest",
  example: { contact: { name: "王芳", phone: "13812345678" } },
});

export const departmentJson = (d: DepartmentView) => ({
  ...d,
  createdAt: d.createdAt.toISOString(),
  updatedAt: d.updatedAt.toISOString(),
  archivedAt: iso(d.archivedAt),
});
