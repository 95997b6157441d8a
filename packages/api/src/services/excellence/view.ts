import {
  type CandidateVerdict,
  type ExcellenceEvidence,
  type NominationActionName,
  type NominationLevel,
  type NominationStatus,
  nominationAllowedActions,
} from "@propgov/core";
import { companies, compounds, contracts, excellenceNominations, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";

/** A contract as the excellence views name it. */
export interface ExcellenceContract {
  id: string;
  companyId: string;
  companyName: string;
  compoundId: string;
  compoundName: string;
  startsOn: string;
  endsOn: string;
}

/** A contract judged by the criteria of the cultivateExcellence policy for a year. */
export interface ContractEvaluation extends CandidateVerdict {
  year: number;
  assessedOn: string;
  evidence: ExcellenceEvidence;
}

export interface NominationView {
  id: string;
  contract: ExcellenceContract;
  level: NominationLevel;
  year: number;
  status: NominationStatus;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** When it left `nominated` (withdrawn, awarded or rejected). */
  decidedAt: Date | null;
  /** Who withdrew, awarded or rejected it (a user or an API key). */
  decidedBy: string | null;
  /** The note of the withdrawal or award, or the reason of the rejection. */
  decisionNote: string | null;
  allowedActions: NominationActionName[];
}

/** One step of a nomination's history, from the audit trail. */
export interface NominationHistoryEntry {
  action: "nominate" | NominationActionName;
  at: Date;
  actorType: string;
  actorId: string | null;
  /** The note of the nomination or a withdrawal or award; the reason of a rejection. */
  note: string | null;
}

export interface NominationDetail extends NominationView {
  /** The criteria as they stand now for its contract and year; null when the contract is archived. */
  evaluation: ContractEvaluation | null;
  history: NominationHistoryEntry[];
}

export interface CandidateEntry {
  contract: ExcellenceContract;
  evaluation: ContractEvaluation;
}

export interface CandidatesView {
  year: number;
  assessedOn: string;
  /** Whether the tenant's mechanism enables cultivateExcellence (its config applies either way). */
  policyEnabled: boolean;
  /** Every criterion met. */
  candidates: CandidateEntry[];
  /** None failed, some not evaluable (e.g. disclosures where the policy does not run). */
  pending: CandidateEntry[];
  /** At least one criterion failed. */
  notEligible: CandidateEntry[];
}

export type NominationRow = typeof excellenceNominations.$inferSelect;
export type ContractRow = ExcellenceContract & { archivedAt: Date | null };

export const AUDIT_TARGET = "excellenceNomination";

export const nominationView = (row: NominationRow, contract: ExcellenceContract): NominationView => ({
  id: row.id,
  contract,
  level: row.level,
  year: row.year,
  status: row.status,
  note: row.note,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  decidedAt: row.decidedAt,
  decidedBy: row.decidedBy,
  decisionNote: row.decisionNote,
  allowedActions: nominationAllowedActions(row.status),
});

export const contractColumns = {
  id: contracts.id,
  companyId: contracts.companyId,
  companyName: companies.name,
  compoundId: contracts.compoundId,
  compoundName: compounds.name,
  startsOn: contracts.startsOn,
  endsOn: contracts.endsOn,
  archivedAt: contracts.archivedAt,
};

/** Contracts joined with their company's and compound's names. */
export const contractQuery = (tx: Tx) =>
  tx
    .select(contractColumns)
    .from(contracts)
    .innerJoin(
      companies,
      and(eq(companies.tenantId, contracts.tenantId), eq(companies.id, contracts.companyId)),
    )
    .innerJoin(
      compounds,
      and(eq(compounds.tenantId, contracts.tenantId), eq(compounds.id, contracts.compoundId)),
    );

export const contractOf = ({ archivedAt: _, ...c }: ContractRow): ExcellenceContract => c;

export const nominationQuery = (tx: Tx) =>
  tx
    .select({ nomination: excellenceNominations, contract: contractColumns })
    .from(excellenceNominations)
    .innerJoin(
      contracts,
      and(
        eq(contracts.tenantId, excellenceNominations.tenantId),
        eq(contracts.id, excellenceNominations.contractId),
      ),
    )
    .innerJoin(
      companies,
      and(eq(companies.tenantId, contracts.tenantId), eq(companies.id, contracts.companyId)),
    )
    .innerJoin(
      compounds,
      and(eq(compounds.tenantId, contracts.tenantId), eq(compounds.id, contracts.compoundId)),
    );
