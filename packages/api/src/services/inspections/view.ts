import { describeObligation, type Label, type ObligationKind, type ObligationUnit } from "@propgov/core";
import { companies, compounds, contractInspections, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";

export interface InspectionResultView {
  kind: ObligationKind;
  label: Label;
  unit: ObligationUnit;
  unitLabel: Label;
  /** The contract's promise on the day of the inspection. */
  promised: number;
  observed: number | null;
  passed: boolean;
  note: string | null;
}

export interface InspectionView {
  id: string;
  contractId: string;
  compoundId: string;
  compoundName: string;
  companyId: string;
  companyName: string;
  inspectedAt: Date;
  inspector: string;
  results: InspectionResultView[];
  /** Whether every obligation checked passed. */
  passed: boolean;
  note: string | null;
  recordedBy: string | null;
  createdAt: Date;
}

type Row = typeof contractInspections.$inferSelect;
interface JoinedRow {
  row: Row;
  compoundName: string;
  companyName: string;
}

export const inspectionView = ({ row, compoundName, companyName }: JoinedRow): InspectionView => {
  const results = row.results.map((r) => {
    const { label, unit, unitLabel } = describeObligation({
      kind: r.kind as ObligationKind,
      value: r.promised,
    });
    return {
      kind: r.kind as ObligationKind,
      label,
      unit,
      unitLabel,
      promised: r.promised,
      observed: r.observed,
      passed: r.passed,
      note: r.note,
    };
  });
  return {
    id: row.id,
    contractId: row.contractId,
    compoundId: row.compoundId,
    compoundName,
    companyId: row.companyId,
    companyName,
    inspectedAt: row.inspectedAt,
    inspector: row.inspector,
    results,
    passed: results.every((r) => r.passed),
    note: row.note,
    recordedBy: row.recordedBy,
    createdAt: row.createdAt,
  };
};

export const joined = (tx: Tx) =>
  tx
    .select({ row: contractInspections, compoundName: compounds.name, companyName: companies.name })
    .from(contractInspections)
    .innerJoin(
      compounds,
      and(
        eq(compounds.tenantId, contractInspections.tenantId),
        eq(compounds.id, contractInspections.compoundId),
      ),
    )
    .innerJoin(
      companies,
      and(
        eq(companies.tenantId, contractInspections.tenantId),
        eq(companies.id, contractInspections.companyId),
      ),
    );
