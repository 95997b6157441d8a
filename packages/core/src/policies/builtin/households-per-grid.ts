import { z } from "zod";
import { definePolicy } from "../define.js";
import type { Finding } from "../types.js";

export const householdsPerGridConfigSchema = z
  .object({
    /** At most this many households per grid (单元格) on average. */
    maxHouseholdsPerGrid: z.number().int().min(1).max(10_000).default(300),
  })
  .strict();
export type HouseholdsPerGridConfig = z.infer<typeof householdsPerGridConfigSchema>;

/**
 * Not one of the eight rules: a county's own rule (小区网格化), shipped with core to show the
 * plugin shape and enabled only by the `compact-2level` preset. Compounds without grids are left
 * to gridResponsibility (`compoundWithoutGrids`).
 */
export const householdsPerGrid = definePolicy({
  id: "householdsPerGrid",
  title: { zh: "小区网格化", en: "Households per grid" },
  description: {
    zh: "小区划分网格后，每个网格平均户数不超过上限；超过的小区应增设网格。",
    en: "A compound's grids hold at most the configured number of households each on average; a compound above it needs more grids.",
  },
  configSchema: householdsPerGridConfigSchema,
  reads: { evaluate: ["compounds", "grids"] },

  evaluate(_period, view, config) {
    const findings: Finding[] = [];
    for (const c of view.compounds) {
      const grids = view.grids.filter((g) => g.compoundId === c.id).length;
      if (grids === 0 || c.households <= config.maxHouseholdsPerGrid * grids) continue;
      const perGrid = Math.round((c.households / grids) * 10) / 10;
      const gridsNeeded = Math.ceil(c.households / config.maxHouseholdsPerGrid);
      findings.push({
        subject: { type: "compound", id: c.id, name: c.name },
        policy: "householdsPerGrid",
        rule: "tooManyHouseholdsPerGrid",
        severity: "minor",
        message: {
          zh: `小区“${c.name}”${c.households}户仅划分${grids}个网格（平均${perGrid}户），超过每格${config.maxHouseholdsPerGrid}户，应至少划分${gridsNeeded}个。`,
          en: `Compound "${c.name}" has ${c.households} households in ${grids} grids (${perGrid} each), above ${config.maxHouseholdsPerGrid} per grid; it needs at least ${gridsNeeded}.`,
        },
        evidence: {
          households: c.households,
          grids,
          householdsPerGrid: perGrid,
          max: config.maxHouseholdsPerGrid,
          gridsNeeded,
        },
        regionId: c.communityId,
      });
    }
    return findings;
  },
});
