import { z } from "zod";
import { type Label, labelSchema, nameSchema } from "./common.js";
import { phoneSchema } from "./validators.js";

export const departmentKinds = ["core", "utility"] as const;
export type DepartmentKind = (typeof departmentKinds)[number];

export const departmentKindLabels: Record<DepartmentKind, Label> = {
  core: { zh: "职能部门(8)", en: "Core department (the 8)" },
  utility: { zh: "公共服务单位(N)", en: "Utility (the N)" },
};

export const departmentCodeSchema = z
  .string()
  .trim()
  .min(2)
  .max(40)
  .regex(
    /^[a-z][a-zA-Z0-9-]*$/,
    "A short code of letters, digits and hyphens starting with a lower-case letter, e.g. urbanManagement.",
  );

export const departmentContactSchema = z.object({ name: nameSchema, phone: phoneSchema }).strict();

export const createDepartmentSchema = z
  .object({
    code: departmentCodeSchema,
    name: labelSchema,
    kind: z.enum(departmentKinds),
    contact: departmentContactSchema.nullable().optional(),
  })
  .strict();
export type CreateDepartmentInput = z.infer<typeof createDepartmentSchema>;

export const updateDepartmentSchema = z
  .object({
    name: labelSchema.optional(),
    kind: z.enum(departmentKinds).optional(),
    contact: departmentContactSchema.nullable().optional(),
  })
  .strict();
export type UpdateDepartmentInput = z.infer<typeof updateDepartmentSchema>;
