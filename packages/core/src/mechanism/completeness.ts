import type { PolicyView, Subject } from "../policies/types.js";
import { attachedTo, hasGuarantor, regionChain, unitsOf } from "../policies/view.js";
import type { Label } from "../registry/common.js";
import type { Level, LevelUnit } from "./schema.js";

/** How many are there against how many the mechanism asks for. */
export interface PresentRequired {
  present: number;
  required: number;
}

/** One unit of one level, measured against the level's requirements (三个机构、三支队伍、三级阵地). */
export interface UnitCompleteness {
  level: string;
  unit: Subject & { type: "region" | "compound" };
  /** The region the unit belongs to (itself, or a compound's community). */
  regionId: string;
  /** That region and every region above it, bottom-up, for filtering by subtree. */
  regionIds: readonly string[];
  /** Property-management bodies at the unit; required 1 when the level asks for one. */
  bodies: PresentRequired;
  /** Dedicated staff at the unit; required as the level's team says (0 without a team). */
  dedicatedStaff: PresentRequired;
  /** Venues at the unit; required 1 when the level asks for one. */
  venues: PresentRequired;
  /** Guarantors: a compound and each of its grids need one; regions 0 of 0. */
  guarantors: PresentRequired;
}

/**
 * Every unit of every level of the mechanism with what it has and what it needs. Bodies, staff
 * and venues attach to a unit by `compoundId` (compound level) or `regionId` (township and
 * community levels); their own `level` field is not consulted, so renaming a level code in a new
 * mechanism version does not orphan them. Staff count when `dedicated`.
 */
export function measureCompleteness(levels: readonly Level[], view: PolicyView): UnitCompleteness[] {
  const rows: UnitCompleteness[] = [];
  for (const level of levels) {
    for (const unit of unitsOf(level.unit, view)) {
      const grids =
        unit.subject.type === "compound" ? view.grids.filter((g) => g.compoundId === unit.subject.id) : [];
      const compound =
        unit.subject.type === "compound" ? view.compounds.find((c) => c.id === unit.subject.id) : undefined;
      rows.push({
        level: level.code,
        unit: unit.subject,
        regionId: unit.regionId,
        regionIds: regionChain(view, unit.regionId),
        bodies: {
          present: view.bodies.filter((b) => attachedTo(unit, b)).length,
          required: level.bodyRequired ? 1 : 0,
        },
        dedicatedStaff: {
          present: view.staff.filter((s) => s.dedicated && attachedTo(unit, s)).length,
          required: level.team?.dedicatedStaff ?? 0,
        },
        venues: {
          present: view.venues.filter((v) => attachedTo(unit, v)).length,
          required: level.venueRequired ? 1 : 0,
        },
        guarantors: compound
          ? {
              present:
                (hasGuarantor(compound.guarantor) ? 1 : 0) +
                grids.filter((g) => hasGuarantor(g.guarantor)).length,
              required: 1 + grids.length,
            }
          : { present: 0, required: 0 },
      });
    }
  }
  return rows;
}

/** A level's completeness over many units. `present` counts at most what each unit needs. */
export interface LevelCompleteness {
  level: string;
  name: Label;
  unit: LevelUnit;
  units: number;
  /** Units that have everything the level asks for (body, staff, venue). */
  complete: number;
  bodies: PresentRequired;
  dedicatedStaff: PresentRequired;
  venues: PresentRequired;
  guarantors: PresentRequired;
}

/**
 * Sums {@link measureCompleteness} per level, for the county (`regionId` null) or a region's
 * subtree. A unit's surplus does not hide another's gap: each counts at most what it needs.
 */
export function summariseCompleteness(
  levels: readonly Level[],
  rows: readonly UnitCompleteness[],
  regionId: string | null = null,
): LevelCompleteness[] {
  const sum = (items: readonly PresentRequired[]): PresentRequired => ({
    present: items.reduce((n, x) => n + Math.min(x.present, x.required), 0),
    required: items.reduce((n, x) => n + x.required, 0),
  });
  const satisfied = (x: PresentRequired) => x.present >= x.required;
  return levels.map((level) => {
    const mine = rows.filter((r) => r.level === level.code && (!regionId || r.regionIds.includes(regionId)));
    return {
      level: level.code,
      name: level.name,
      unit: level.unit,
      units: mine.length,
      complete: mine.filter((r) => satisfied(r.bodies) && satisfied(r.dedicatedStaff) && satisfied(r.venues))
        .length,
      bodies: sum(mine.map((r) => r.bodies)),
      dedicatedStaff: sum(mine.map((r) => r.dedicatedStaff)),
      venues: sum(mine.map((r) => r.venues)),
      guarantors: sum(mine.map((r) => r.guarantors)),
    };
  });
}
