import { type Label, type RegionKind, regionKindLabels } from "@propgov/core";
import type { regions } from "@propgov/db";

export interface RegionView {
  id: string;
  kind: RegionKind;
  kindLabel: Label;
  parentId: string | null;
  name: string;
  code: string | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

export interface RegionTreeNode {
  id: string;
  kind: RegionKind;
  kindLabel: Label;
  name: string;
  code: string | null;
  children: RegionTreeNode[];
}

export type Row = typeof regions.$inferSelect;

export const regionView = (row: Row): RegionView => ({
  id: row.id,
  kind: row.kind,
  kindLabel: regionKindLabels[row.kind],
  parentId: row.parentId,
  name: row.name,
  code: row.code,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});
