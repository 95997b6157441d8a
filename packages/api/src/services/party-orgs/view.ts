import { type Label, type PartyOrgKind, partyOrgKindLabels } from "@propgov/core";
import type { partyOrgs } from "@propgov/db";

export interface PartyOrgView {
  id: string;
  kind: PartyOrgKind;
  kindLabel: Label;
  name: string | null;
  regionId: string | null;
  compoundId: string | null;
  companyId: string | null;
  committeeId: string | null;
  memberCount: number;
  formedOn: string | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

export type Row = typeof partyOrgs.$inferSelect;

export const partyOrgView = (row: Row): PartyOrgView => ({
  id: row.id,
  kind: row.kind,
  kindLabel: partyOrgKindLabels[row.kind],
  name: row.name,
  regionId: row.regionId,
  compoundId: row.compoundId,
  companyId: row.companyId,
  committeeId: row.committeeId,
  memberCount: row.memberCount,
  formedOn: row.formedOn,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});
