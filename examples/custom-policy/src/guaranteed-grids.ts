import { definePolicy, type Finding, hasGuarantor } from "@propgov/core";
import { z } from "zod";

/**
 * 青禾县 (a fictional county): a large compound must be divided into grids that each have a
 * guarantor (包保责任人) — at least `minGuaranteedGrids` of them once it has more than
 * `minHouseholds` households. A county's own rule, registered as a plugin.
 */
export const guaranteedGridsConfigSchema = z
  .object({
    /** Compounds with more households than this are judged. */
    minHouseholds: z.number().int().min(1).default(500),
    /** How many of their grids must have a guarantor. */
    minGuaranteedGrids: z.number().int().min(1).max(100).default(2),
  })
  .strict();

export const guaranteedGrids = definePolicy({
  // A prefix of the county's own: built-in ids are refused by the registry.
  id: "qinghe.guaranteedGrids",
  title: { zh: "大型小区网格包保", en: "Guaranteed grids in large compounds" },
  description: {
    zh: "户数超过规模的小区，至少应有规定数量的网格落实包保责任人。",
    en: "A compound above a size has at least the required number of grids with a guarantor.",
  },
  configSchema: guaranteedGridsConfigSchema,
  reads: { evaluate: ["compounds", "grids"] },
  evaluate(_period, view, config): Finding[] {
    const findings: Finding[] = [];
    for (const compound of view.compounds) {
      if (compound.households <= config.minHouseholds) continue;
      const grids = view.grids.filter((g) => g.compoundId === compound.id);
      const guaranteed = grids.filter((g) => hasGuarantor(g.guarantor)).length;
      if (guaranteed >= config.minGuaranteedGrids) continue;
      findings.push({
        subject: { type: "compound", id: compound.id, name: compound.name },
        policy: "qinghe.guaranteedGrids",
        rule: "tooFewGuaranteedGrids",
        severity: "major",
        message: {
          zh: `小区“${compound.name}”${compound.households}户，落实包保责任人的网格${guaranteed}个，应至少${config.minGuaranteedGrids}个。`,
          en: `Compound "${compound.name}" (${compound.households} households) has ${guaranteed} grids with a guarantor; at least ${config.minGuaranteedGrids} required.`,
        },
        // Counts only: never personal data (no guarantor names) in evidence.
        evidence: {
          households: compound.households,
          grids: grids.length,
          guaranteed,
          required: config.minGuaranteedGrids,
        },
        regionId: compound.communityId,
      });
    }
    return findings;
  },
});
