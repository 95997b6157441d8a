import { type ContractObligation, describeObligation, isActiveOn, type ProjectManager } from "@propgov/core";
import { companies, compounds, contracts, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";

export interface ContractView {
  id: string;
  companyId: string;
  companyName: string;
  compoundId: string;
  compoundName: string;
  startsOn: string;
  endsOn: string;
  /** Yuan per m² per month. */
  feeStandard: number;
  projectManager: ProjectManager;
  /** Service obligations (服务承诺) complaints and inspections are checked against. */
  obligations: ContractObligation[];
  /** Not archived and today (in the tenant's time zone) lies in [startsOn, endsOn]. */
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

export interface ProjectManagerEntryView {
  id: string;
  name: string;
  phone: string;
  since: Date;
  /** The user or API key that recorded the change; null for system imports. */
  recordedBy: string | null;
}

type Row = typeof contracts.$inferSelect;
export interface JoinedRow {
  contract: Row;
  companyName: string;
  compoundName: string;
}

export const contractView = (
  { contract: row, companyName, compoundName }: JoinedRow,
  day: string,
): ContractView => ({
  id: row.id,
  companyId: row.companyId,
  companyName,
  compoundId: row.compoundId,
  compoundName,
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  feeStandard: Number(row.feeStandard),
  projectManager: { name: row.projectManagerName, phone: row.projectManagerPhone },
  obligations: row.obligations.map((o) =>
    describeObligation({ ...o, kind: o.kind as ContractObligation["kind"] }),
  ),
  active: row.archivedAt === null && isActiveOn(row, day),
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});

export const joined = (tx: Tx) =>
  tx
    .select({ contract: contracts, companyName: companies.name, compoundName: compounds.name })
    .from(contracts)
    .innerJoin(
      companies,
      and(eq(companies.tenantId, contracts.tenantId), eq(companies.id, contracts.companyId)),
    )
    .innerJoin(
      compounds,
      and(eq(compounds.tenantId, contracts.tenantId), eq(compounds.id, contracts.compoundId)),
    );
