import { type CommitteeMember, inTermOn } from "@propgov/core";
import { committees, compounds, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";

export interface CommitteeView {
  id: string;
  compoundId: string;
  compoundName: string;
  formedOn: string;
  termEndsOn: string;
  members: CommitteeMember[];
  /** Not archived, and today (in the tenant's time zone) lies in [formedOn, termEndsOn]. */
  inTerm: boolean;
  partyMemberCount: number;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
}

type Row = typeof committees.$inferSelect;
export interface JoinedRow {
  committee: Row;
  compoundName: string;
}

export const committeeView = ({ committee: row, compoundName }: JoinedRow, day: string): CommitteeView => ({
  id: row.id,
  compoundId: row.compoundId,
  compoundName,
  formedOn: row.formedOn,
  termEndsOn: row.termEndsOn,
  members: row.members,
  inTerm: row.archivedAt === null && inTermOn(row, day),
  partyMemberCount: row.members.filter((m) => m.isPartyMember).length,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  archivedAt: row.archivedAt,
});

/**
 * Committees are seen with their compound: the county all, region staff those in their subtree,
 * company staff those of compounds they serve, committee members their own compound's.
 */
export const joined = (tx: Tx) =>
  tx
    .select({ committee: committees, compoundName: compounds.name })
    .from(committees)
    .innerJoin(
      compounds,
      and(eq(compounds.tenantId, committees.tenantId), eq(compounds.id, committees.compoundId)),
    );
