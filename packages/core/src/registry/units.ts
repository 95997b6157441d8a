import { z } from "zod";
import { idOf } from "./common.js";

/**
 * A code of the tenant's mechanism: a level (`township`, `community`, `compound`, or a county's
 * own) or a staff team. The registry checks the format only; which codes exist is the mechanism's.
 */
const mechanismCode = (example: string) =>
  z
    .string()
    .trim()
    .min(2)
    .max(40)
    .regex(
      /^[a-z][a-zA-Z0-9-]*$/,
      `A short code of letters, digits and hyphens starting with a lower-case letter, e.g. ${example}.`,
    );

/** The level of a property-management body or venue (物业管理机构 / 阵地), e.g. `community`. */
export const unitLevelSchema = mechanismCode("community");

/** A staff team (三支队伍) of the mechanism, e.g. `propertyService`. */
export const staffTeamSchema = mechanismCode("propertyService");

/** What a body, a staff member or a venue belongs to: a region or a compound, exactly one. */
export const unitIdFields = {
  regionId: idOf("reg", "region").optional(),
  compoundId: idOf("cpd", "compound").optional(),
};

interface UnitIds {
  regionId?: string | undefined;
  compoundId?: string | undefined;
}

/**
 * Exactly one of `regionId` and `compoundId`; with `required` false (a change), none is fine
 * too. Both fields are named in the error, since either may be the one to fix.
 */
export const oneUnit =
  (required: boolean) =>
  (value: UnitIds, ctx: z.RefinementCtx): void => {
    const given = (value.regionId !== undefined ? 1 : 0) + (value.compoundId !== undefined ? 1 : 0);
    const message =
      given === 2
        ? "Give regionId or compoundId, not both."
        : given === 0 && required
          ? "Required: the unit is a region (regionId) or a compound (compoundId)."
          : null;
    if (!message) return;
    for (const path of ["regionId", "compoundId"]) ctx.addIssue({ code: "custom", path: [path], message });
  };
