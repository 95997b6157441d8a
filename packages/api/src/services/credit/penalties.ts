import { AppError, type CreateCreditRecordInput, unprocessable } from "@propgov/core";
import type { PenaltyDetails } from "@propgov/db";

/**
 * The penalty details a record files, checked against its source: an administrative penalty
 * (a bad record) needs its decision and the 双公示 fields, refused by name when missing and never
 * guessed, its decidedOn defaulting to effectiveOn; any other source takes none. Errors name
 * `body.*` paths.
 */
export function penaltyOf(data: CreateCreditRecordInput): PenaltyDetails | null {
  if (data.source === "administrativePenalty") {
    if (!data.penalty) {
      throw unprocessable(
        "body.penalty",
        "Required for source administrativePenalty (decisionNumber, authority, decidedOn, fine).",
        { detail: "An administrative penalty needs its decision details." },
      );
    }
    if (data.kind !== "bad") {
      throw unprocessable("body.kind", "Must be 'bad'.", {
        detail: "An administrative penalty is a bad record.",
      });
    }
    const p = data.penalty;
    // The national 双公示 layout needs these: refused when missing, never guessed.
    const missing: { path: string; message: string }[] = [];
    if (p.fine === null || p.fine === undefined)
      missing.push({
        path: "body.penalty.fine",
        message: "Required: the fine in 万元, 0 for none (罚款金额).",
      });
    if (!p.penaltyType)
      missing.push({
        path: "body.penalty.penaltyType",
        message: "Required: the kind of penalty, e.g. 警告, 罚款 (处罚类别).",
      });
    if (!p.partyCategory)
      missing.push({
        path: "body.penalty.partyCategory",
        message:
          "Required: legalPerson (法人及非法人组织) or individualBusiness (个体工商户) (行政相对人类别).",
      });
    if (!p.violationType)
      missing.push({
        path: "body.penalty.violationType",
        message: "Required: the type of violation (违法行为类型).",
      });
    if (!p.publicUntil)
      missing.push({
        path: "body.penalty.publicUntil",
        message: "Required: the last day of publication (公示截止期).",
      });
    if (missing.length > 0) {
      throw new AppError(
        "unprocessable",
        `An administrative penalty needs the 双公示 fields: ${missing.map((m) => m.path).join(", ")}.`,
        { errors: missing },
      );
    }
    const decidedOn = p.decidedOn ?? data.effectiveOn;
    if (p.publicUntil && p.publicUntil < decidedOn) {
      throw unprocessable("body.penalty.publicUntil", "On or after the decision day (decidedOn).", {
        detail: "The publication ends before the decision.",
      });
    }
    return {
      decisionNumber: p.decisionNumber,
      authority: p.authority,
      authorityUscc: p.authorityUscc ?? null,
      fine: p.fine ?? null,
      decidedOn,
      penaltyType: p.penaltyType ?? null,
      cause: p.cause ?? null,
      basis: p.basis ?? null,
      content: p.content ?? null,
      legalRepresentative: p.legalRepresentative ?? null,
      note: p.note ?? null,
      partyCategory: p.partyCategory ?? null,
      violationType: p.violationType ?? null,
      publicUntil: p.publicUntil ?? null,
    };
  }
  if (data.penalty) {
    throw unprocessable("body.penalty", "Only with source administrativePenalty.", {
      detail: "Penalty details belong to administrative penalties only.",
    });
  }
  return null;
}
