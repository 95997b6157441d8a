import type { DepartmentKind } from "@propgov/core";
import type { departments } from "@propgov/db";

export interface DepartmentView {
  id: string;
  code: string;
  name: { zh: string; en: string };
  kind: DepartmentKind;
  contact: { name: string; phone: string } | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

export type Row = typeof departments.$inferSelect;

export const departmentView = (row: Row): DepartmentView => ({
  id: row.id,
  code: row.code,
  name: { zh: row.nameZh, en: row.nameEn },
  kind: row.kind,
  contact: row.contactName && row.contactPhone ? { name: row.contactName, phone: row.contactPhone } : null,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});
