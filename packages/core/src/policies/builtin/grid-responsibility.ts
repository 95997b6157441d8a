import { z } from "zod";
import { definePolicy } from "../define.js";
import type { Finding } from "../types.js";
import { hasGuarantor } from "../view.js";

export const gridResponsibilityConfigSchema = z
  .object({
    /** Every compound has a guarantor (包保责任人): 做到有人负责，有人包保. */
    requireCompoundGuarantor: z.boolean().default(true),
    /** Every grid (单元格) has a guarantor. */
    requireGridGuarantor: z.boolean().default(true),
    /** Every compound is divided into grids (划分小区单元格). */
    requireGrids: z.boolean().default(true),
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
  evaluates: ["compounds", "grids"],

  evaluate(_period, view, config) {
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
    return findings;
  },
});
