import type { Label } from "../registry/common.js";
import type { RegionKind } from "../registry/regions.js";
import { type Level, type LevelUnit, levelUnitLabels } from "./schema.js";

/** What a body, staff member or venue is attached to: a region of some kind, or a compound. */
export type UnitKind = RegionKind | "compound";

/** The mechanism level unit a region kind or a compound belongs to (streets are township-level). */
export const levelUnitOfKind = (kind: UnitKind): LevelUnit =>
  kind === "compound" ? "compound" : kind === "community" ? "community" : "township";

const list = (codes: readonly string[]) => (codes.length > 0 ? codes.join(", ") : "(none)");

/**
 * Why a body's or venue's `level` does not fit the county's mechanism at a unit of `kind`: the
 * mechanism has no such level, or the level applies to another kind of unit. Null when it fits.
 */
export function levelMisfit(levels: readonly Level[], code: string, kind: UnitKind): Label | null {
  const level = levels.find((l) => l.code === code);
  if (!level) {
    const codes = list(levels.map((l) => l.code));
    return {
      zh: `工作机制中没有层级“${code}”，可用的层级：${codes}。`,
      en: `The county's mechanism has no level '${code}': use one of ${codes}.`,
    };
  }
  const unit = levelUnitOfKind(kind);
  if (unit !== level.unit) {
    return {
      zh: `层级“${level.name.zh}”适用于${levelUnitLabels[level.unit].zh}，不适用于${levelUnitLabels[unit].zh}。`,
      en: `Level '${level.code}' (${level.name.en}) applies to a ${levelUnitLabels[level.unit].en.toLowerCase()}, not to a ${levelUnitLabels[unit].en.toLowerCase()}.`,
    };
  }
  return null;
}

/**
 * Why a staff member's `team` does not fit the county's mechanism at a unit of `kind`: no level
 * has a team with that code, or the team's level applies to another kind of unit. Null when it fits.
 */
export function teamMisfit(levels: readonly Level[], code: string, kind: UnitKind): Label | null {
  const level = levels.find((l) => l.team?.code === code);
  if (!level?.team) {
    const codes = list(levels.flatMap((l) => (l.team ? [l.team.code] : [])));
    return {
      zh: `工作机制中没有队伍“${code}”，可用的队伍：${codes}。`,
      en: `The county's mechanism has no team '${code}': use one of ${codes}.`,
    };
  }
  const unit = levelUnitOfKind(kind);
  if (unit !== level.unit) {
    return {
      zh: `队伍“${level.team.name.zh}”属于${levelUnitLabels[level.unit].zh}层级，不适用于${levelUnitLabels[unit].zh}。`,
      en: `Team '${code}' (${level.team.name.en}) serves a ${levelUnitLabels[level.unit].en.toLowerCase()}, not a ${levelUnitLabels[unit].en.toLowerCase()}.`,
    };
  }
  return null;
}
