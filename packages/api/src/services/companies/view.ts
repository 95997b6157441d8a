import type { CompanyQualification } from "@propgov/core";
import type { companies } from "@propgov/db";

export interface CompanyView {
  id: string;
  name: string;
  uscc: string;
  legalRepresentative: string;
  phone: string;
  local: boolean;
  partyMembers: number;
  registeredCapital: number | null;
  qualification: CompanyQualification | null;
  brandRank: number | null;
  projectsManaged: number | null;
  enteredCountyYear: number | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

type Row = typeof companies.$inferSelect;

export const companyView = (row: Row): CompanyView => ({
  id: row.id,
  name: row.name,
  uscc: row.uscc,
  legalRepresentative: row.legalRepresentative,
  phone: row.phone,
  local: row.local,
  partyMembers: row.partyMembers,
  registeredCapital: row.registeredCapital,
  qualification: row.qualification,
  brandRank: row.brandRank,
  projectsManaged: row.projectsManaged,
  enteredCountyYear: row.enteredCountyYear,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});
