import {
  type CreditGrade,
  type CreditRecordKind,
  type CreditRecordSource,
  dateInZone,
  type PublicationStatus,
  publicationStatus,
} from "@propgov/core";
import type { creditAppeals, creditRecords, PenaltyDetails } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";

/** One credit record (信用记录) of a company. */
export interface CreditRecordView {
  id: string;
  companyId: string;
  kind: CreditRecordKind;
  category: string;
  points: number;
  source: CreditRecordSource;
  sourceId: string | null;
  evidence: string;
  effectiveOn: string;
  expiresOn: string;
  public: boolean;
  penalty: PenaltyDetails | null;
  /** 双公示 of a penalty: its deadline, when it was first exported, whether it is late (today). */
  publication: PublicationStatus | null;
  /** The company's objections and repair applications against it, oldest first. */
  appeals: CreditAppealSummary[];
  revokedAt: Date | null;
  revokeReason: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** An appeal as a record's view shows it. */
export interface CreditAppealSummary {
  id: string;
  kind: "objection" | "repair";
  status: "pending" | "upheld" | "rejected" | "approved";
  filedOn: string;
  dueOn: string | null;
  decidedOn: string | null;
}

export type RecordRow = typeof creditRecords.$inferSelect;
export type AppealRow = typeof creditAppeals.$inferSelect;

const appealSummary = (a: AppealRow): CreditAppealSummary => ({
  id: a.id,
  kind: a.kind,
  status: a.status,
  filedOn: a.filedOn,
  dueOn: a.dueOn,
  decidedOn: a.decidedOn,
});

/** A record as the API shows it: publication lateness judged today (tenant zone), with its appeals. */
export const creditRecordView = (
  ctx: TenantServiceContext,
  row: RecordRow,
  appeals: readonly AppealRow[] = [],
): CreditRecordView => ({
  id: row.id,
  companyId: row.companyId,
  kind: row.kind,
  category: row.category,
  points: row.points,
  source: row.source,
  sourceId: row.sourceId,
  evidence: row.evidence,
  effectiveOn: row.effectiveOn,
  expiresOn: row.expiresOn,
  public: row.public,
  penalty: row.penalty ?? null,
  publication:
    row.publishDueOn === null
      ? null
      : publicationStatus(
          row.publishDueOn,
          row.exportedAt ? dateInZone(row.exportedAt, ctx.tenant.timezone) : null,
          creditToday(ctx),
        ),
  appeals: appeals.map(appealSummary),
  revokedAt: row.revokedAt,
  revokeReason: row.revokeReason,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

/** Today in the tenant's zone: the default `?on=`. */
export const creditToday = (ctx: TenantServiceContext) => dateInZone(ctx.deps.now(), ctx.tenant.timezone);

/** A company as its credit file names it. */
export interface CreditCompany {
  id: string;
  name: string;
  uscc: string;
}

export interface CreditStanding {
  company: CreditCompany;
  on: string;
  base: number;
  score: number;
  grade: CreditGrade;
  /** Sums of the good and bad points in force. */
  good: number;
  bad: number;
}

export interface CreditFile extends CreditStanding {
  /** Records in force on `on`, newest effective first. */
  records: CreditRecordView[];
  /** Every record (revoked and expired included), newest effective first. */
  history: CreditRecordView[];
}
