import { z } from "zod";
import { measureCompleteness } from "../../mechanism/completeness.js";
import { levelMisfit, teamMisfit, type UnitKind } from "../../mechanism/fit.js";
import { definePolicy } from "../define.js";
import type { Finding } from "../types.js";

/**
 * Nothing to configure here: what each level requires (a body, a team with N dedicated staff,
 * a venue) is the mechanism's `levels`, the same data the completeness KPI reads. A county turns
 * a requirement off in its levels, or the whole check off by disabling this policy.
 */
export const mechanismCompletenessConfigSchema = z.object({}).strict();
export type MechanismCompletenessConfig = z.infer<typeof mechanismCompletenessConfigSchema>;

export const mechanismCompleteness = definePolicy({
  id: "mechanismCompleteness",
  title: { zh: "3338工作机制完备性", en: "Mechanism completeness (bodies, teams, venues)" },
  description: {
    zh: "按工作机制的层级检查：要求成立物业管理机构的单位是否已成立（三个机构），各级队伍是否落实足额专职人员（三支队伍），要求配置办公场所的单位是否已配置（三级阵地）；工作机制调整后层级或队伍不再相符的机构、阵地和人员也列为问题。",
    en: "Checks every unit of every level of the mechanism: a property-management body where the level requires one, the level's team with enough dedicated staff, and a venue for consultation and mediation where required. Bodies, venues and staff whose level or team no longer fits the mechanism (after it changed) are findings too.",
  },
  configSchema: mechanismCompletenessConfigSchema,
  reads: { evaluate: ["regions", "compounds", "grids", "bodies", "staff", "venues"] },

  evaluate(_period, view, _config, { mechanism }) {
    const findings: Finding[] = [];
    const levels = new Map(mechanism.levels.map((l) => [l.code, l]));
    for (const row of measureCompleteness(mechanism.levels, view)) {
      const level = levels.get(row.level);
      if (!level) continue;
      const { unit } = row;
      const base = { subject: unit, policy: "mechanismCompleteness", regionId: row.regionId };
      if (row.bodies.present < row.bodies.required) {
        findings.push({
          ...base,
          rule: "bodyMissing",
          severity: "major",
          message: {
            zh: `${level.name.zh}“${unit.name}”未成立物业管理机构。`,
            en: `${level.name.en} "${unit.name}" has no property-management body.`,
          },
          evidence: { level: level.code, ...row.bodies },
        });
      }
      if (level.team && row.dedicatedStaff.present < row.dedicatedStaff.required) {
        findings.push({
          ...base,
          rule: "dedicatedStaffShort",
          severity: "minor",
          message: {
            zh: `${level.name.zh}“${unit.name}”${level.team.name.zh}专职人员${row.dedicatedStaff.present}名，应配${row.dedicatedStaff.required}名。`,
            en: `${level.name.en} "${unit.name}" has ${row.dedicatedStaff.present} dedicated staff in ${level.team.name.en}; ${row.dedicatedStaff.required} required.`,
          },
          evidence: { level: level.code, team: level.team.code, ...row.dedicatedStaff },
        });
      }
      if (row.venues.present < row.venues.required) {
        findings.push({
          ...base,
          rule: "venueMissing",
          severity: "minor",
          message: {
            zh: `${level.name.zh}“${unit.name}”未配置协商议事和矛盾纠纷调处场所。`,
            en: `${level.name.en} "${unit.name}" has no venue for consultation and dispute mediation.`,
          },
          evidence: { level: level.code, ...row.venues },
        });
      }
    }
    findings.push(...misfits(mechanism.levels, view));
    return findings;
  },
});

/**
 * Bodies, venues and staff whose `level` or `team` the county's mechanism no longer has, or has
 * for another kind of unit: left behind by a mechanism change, and counted by no level's
 * requirement until someone corrects them.
 */
function misfits(
  levels: Parameters<typeof levelMisfit>[0],
  view: Parameters<typeof measureCompleteness>[1],
): Finding[] {
  const regions = new Map(view.regions.map((r) => [r.id, r]));
  const compounds = new Map(view.compounds.map((c) => [c.id, c]));
  const unitOf = (item: { regionId: string | null; compoundId: string | null }) => {
    if (item.compoundId !== null) {
      const compound = compounds.get(item.compoundId);
      return compound ? { kind: "compound" as UnitKind, regionId: compound.communityId } : null;
    }
    const region = item.regionId === null ? undefined : regions.get(item.regionId);
    return region ? { kind: region.kind as UnitKind, regionId: region.id } : null;
  };
  const findings: Finding[] = [];
  const push = (
    subject: Finding["subject"],
    rule: string,
    unit: { regionId: string },
    why: { zh: string; en: string },
    evidence: Record<string, unknown>,
  ) =>
    findings.push({
      subject,
      policy: "mechanismCompleteness",
      regionId: unit.regionId,
      rule,
      severity: "minor",
      message: {
        zh: `“${subject.name}”与现行工作机制不符：${why.zh}`,
        en: `"${subject.name}" does not fit the current mechanism: ${why.en}`,
      },
      evidence,
    });
  for (const [type, items] of [
    ["body", view.bodies],
    ["venue", view.venues],
  ] as const) {
    for (const item of items) {
      const unit = unitOf(item);
      const why = unit && levelMisfit(levels, item.level, unit.kind);
      if (unit && why)
        push({ type, id: item.id, name: item.name }, "levelMisfit", unit, why, { level: item.level });
    }
  }
  for (const item of view.staff) {
    const unit = unitOf(item);
    const why = unit && teamMisfit(levels, item.team, unit.kind);
    if (unit && why)
      push({ type: "staff", id: item.id, name: item.name }, "teamMisfit", unit, why, { team: item.team });
  }
  return findings;
}
