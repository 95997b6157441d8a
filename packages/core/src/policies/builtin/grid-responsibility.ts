import { z } from "zod";
import { definePolicy } from "../define.js";
import { periodWindow } from "../time.js";
import type { Finding, Period, PolicyView, Subject } from "../types.js";
import { hasGuarantor } from "../view.js";
import { viewInstant } from "./complaint-handling.js";

export const gridResponsibilityConfigSchema = z
  .object({
    /** Every compound has a guarantor (包保责任人): 做到有人负责，有人包保. */
    requireCompoundGuarantor: z.boolean().default(true),
    /** Every grid (单元格) has a guarantor. */
    requireGridGuarantor: z.boolean().default(true),
    /** Every compound is divided into grids (划分小区单元格). */
    requireGrids: z.boolean().default(true),
    /**
     * A new case goes to its guarantor, who answers for it: a case of the period not contacted by
     * its first-contact deadline, on which the guarantor did nothing, is a finding.
     */
    requireGuarantorAction: z.boolean().default(true),
  })
  .strict();
export type GridResponsibilityConfig = z.infer<typeof gridResponsibilityConfigSchema>;

export const gridResponsibility = definePolicy({
  id: "gridResponsibility",
  title: { zh: "网格包保制度", en: "Grid responsibility" },
  description: {
    zh: "划分小区单元格，每个小区、每个网格落实包保责任人，做到有人负责、有人包保；新的诉求交由网格包保责任人。",
    en: "Compounds are divided into grids; every compound and every grid has a guarantor who answers for it; new cases go to the grid's guarantor.",
  },
  configSchema: gridResponsibilityConfigSchema,
  reads: { evaluate: ["compounds", "grids", "cases"] },

  evaluate(period, view, config) {
    const findings: Finding[] = [];
    for (const c of view.compounds) {
      const grids = view.grids.filter((g) => g.compoundId === c.id);
      if (config.requireCompoundGuarantor && !hasGuarantor(c.guarantor)) {
        findings.push({
          subject: { type: "compound", id: c.id, name: c.name },
          policy: "gridResponsibility",
          rule: "compoundWithoutGuarantor",
          severity: "major",
          message: {
            zh: `小区“${c.name}”未落实包保责任人。`,
            en: `Compound "${c.name}" has no guarantor.`,
          },
          evidence: { grids: grids.length },
          regionId: c.communityId,
        });
      }
      if (config.requireGrids && grids.length === 0) {
        findings.push({
          subject: { type: "compound", id: c.id, name: c.name },
          policy: "gridResponsibility",
          rule: "compoundWithoutGrids",
          severity: "minor",
          message: {
            zh: `小区“${c.name}”（${c.households}户）未划分网格。`,
            en: `Compound "${c.name}" (${c.households} households) is not divided into grids.`,
          },
          evidence: { households: c.households, grids: 0 },
          regionId: c.communityId,
        });
      }
      if (config.requireGridGuarantor) {
        for (const g of grids) {
          if (hasGuarantor(g.guarantor)) continue;
          findings.push({
            subject: { type: "grid", id: g.id, name: `${c.name} ${g.name}` },
            policy: "gridResponsibility",
            rule: "gridWithoutGuarantor",
            severity: "minor",
            message: {
              zh: `小区“${c.name}”的网格“${g.name}”未落实包保责任人。`,
              en: `Grid "${g.name}" of compound "${c.name}" has no guarantor.`,
            },
            evidence: { compoundId: c.id },
            regionId: c.communityId,
          });
        }
      }
    }
    if (config.requireGuarantorAction) findings.push(...guarantorsWhoDidNotAct(period, view));
    return findings;
  },
});

/**
 * `guarantorDidNotAct`: cases whose first-contact deadline falls in the period and has passed,
 * not contacted by it, with a guarantor who did not act on the case (see `PolicyCase.guarantorActed`);
 * against the case's grid, else its compound. Cancelled cases and cases without a guarantor
 * (that is `compoundWithoutGuarantor`'s matter) are left out.
 */
function guarantorsWhoDidNotAct(period: Period, view: PolicyView): Finding[] {
  const cases = view.cases ?? [];
  if (cases.length === 0) return [];
  const at = viewInstant(view);
  const window = periodWindow(period, view.tenant.timezone);
  const compounds = new Map(view.compounds.map((c) => [c.id, c]));
  const grids = new Map(view.grids.map((g) => [g.id, g]));
  const findings: Finding[] = [];
  for (const c of cases) {
    const due = Date.parse(c.firstContactDueAt);
    if (c.status === "cancelled" || due < window.from || due >= window.to || due >= at) continue;
    if (!c.guarantorUserId && !c.guarantorName) continue;
    if (c.contactedAt && Date.parse(c.contactedAt) <= due) continue;
    if (c.guarantorActed) continue;
    const compound = compounds.get(c.compoundId);
    const compoundName = compound?.name ?? c.compoundId;
    const grid = c.gridId ? grids.get(c.gridId) : undefined;
    const subject: Subject = c.gridId
      ? { type: "grid", id: c.gridId, name: `${compoundName} ${grid?.name ?? c.gridId}` }
      : { type: "compound", id: c.compoundId, name: compoundName };
    const who = c.guarantorName ?? c.guarantorUserId ?? "";
    findings.push({
      subject,
      policy: "gridResponsibility",
      rule: "guarantorDidNotAct",
      severity: "major",
      message: {
        zh: `${subject.name}的包保责任人${who}未处理诉求${c.number}：到首次联系时限仍未联系反映人。`,
        en: `The guarantor of ${subject.name}, ${who}, did not act on case ${c.number}: nobody contacted the person who raised it by the first-contact deadline.`,
      },
      evidence: {
        caseId: c.id,
        caseNumber: c.number,
        compoundId: c.compoundId,
        gridId: c.gridId,
        guarantorUserId: c.guarantorUserId,
        firstContactDueAt: c.firstContactDueAt,
        contactedAt: c.contactedAt,
      },
      regionId: c.communityId,
    });
  }
  return findings;
}
