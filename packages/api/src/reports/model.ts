import type { AssessmentKind, AssessmentStatus, AssessmentTargetKind } from "@propgov/db";

/** A label in both languages the reports speak. */
export interface Label {
  zh: string;
  en: string;
}

/** One scored item of a target, as stored on its scorecard. */
export interface ReportItem {
  id: string;
  title: Label;
  points: number | null;
  /** Null while a manual item waits for its inspector. */
  score: number | null;
  /** The metric or rule the item is scored by, as the template names it. */
  source: unknown;
  /** How the figure became points (`{kind: linear | deduction | manual, …}`). */
  rule: unknown;
  /** The figures the score came from. */
  figures: unknown;
  /** An inspector's score, with evidence, for manual items. */
  manual: unknown;
}

/** A veto (一票否决) that struck a target: its title, and its rule and figures in words. */
export interface ReportVeto {
  title: string;
  detail: string | null;
}

/** One target's scorecard. */
export interface ReportCard {
  id: string;
  targetType: AssessmentTargetKind;
  targetId: string;
  targetName: string;
  total: number;
  grade: string | null;
  rank: number | null;
  passed: boolean;
  vetoed: boolean;
  /** False: no data at all (不参评): shown unranked, neither passed nor failed. */
  assessable: boolean;
  previousTotal: number | null;
  previousRank: number | null;
  items: ReportItem[];
  vetoes: ReportVeto[];
}

/** The cards scored by one template, in ranking order. */
export interface ReportSection {
  templateId: string;
  code: string;
  version: number | null;
  name: Label;
  targetKind: AssessmentTargetKind;
  cards: ReportCard[];
}

/** Everything a report shows; built by the service, rendered by the pure functions here. */
export interface ReportModel {
  tenant: { name: string; slug: string; timezone: string };
  assessment: {
    id: string;
    kind: AssessmentKind;
    period: string;
    revision: number;
    status: AssessmentStatus;
    reason: string | null;
    computedAt: Date;
    publishedAt: Date | null;
  };
  /** The revision this one corrects, if any. */
  revises: { id: string; revision: number } | null;
  /** When superseded: the current revision, with the address of its report. */
  supersededBy: { id: string; revision: number; href: string } | null;
  /** `own`: the reader sees only their own unit's cards (company staff). */
  scope: "full" | "own";
  sections: ReportSection[];
  /** Policy titles by id, to name findings sources and rules in Chinese. */
  policyNames: Readonly<Record<string, string>>;
  generatedAt: Date;
}
