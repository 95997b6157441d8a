import { z } from "zod";
import { type Label, labelSchema } from "../registry/common.js";
import { departmentCodeSchema } from "../registry/departments.js";
import { PARTY_ELIGIBILITY_THRESHOLD } from "../registry/party-orgs.js";
import { categoriesWithinRoster } from "./checks.js";

/**
 * The mechanism document: a tenant's "3338"-style configuration as data. Mengcheng's is
 * 3 levels of bodies, 3 staff teams, 3 levels of venues, 8 rules and the "8+N" roster; another
 * county writes another document. The API stores it in versions; core only validates it.
 */

/** A short code: letters, digits and hyphens, starting with a lower-case letter (`illegalConstruction`). */
export const mechanismCodeSchema = z
  .string()
  .min(2)
  .max(40)
  .regex(
    /^[a-z][a-zA-Z0-9-]*$/,
    "A short code of letters, digits and hyphens starting with a lower-case letter.",
  );

/** A policy id: `partyLeadership`, or a plugin's with its own prefix, `guoyang.greenSpace`. */
export const policyIdSchema = z
  .string()
  .min(2)
  .max(80)
  .regex(
    /^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9]*)*$/,
    "A policy id in camelCase, optionally prefixed with dots (guoyang.greenSpace).",
  );

/** Which units of the registry a level applies to. */
export const levelUnits = ["township", "community", "compound"] as const;
export type LevelUnit = (typeof levelUnits)[number];

export const levelUnitLabels: Record<LevelUnit, Label> = {
  township: { zh: "乡镇(街道)", en: "Township or street" },
  community: { zh: "社区", en: "Community" },
  compound: { zh: "小区", en: "Compound" },
};

export const caseKinds = ["complaint", "violation", "dispute", "consultation"] as const;
export type CaseKind = (typeof caseKinds)[number];

export const caseKindLabels: Record<CaseKind, Label> = {
  complaint: { zh: "投诉", en: "Complaint" },
  violation: { zh: "违法违规", en: "Violation" },
  dispute: { zh: "矛盾纠纷", en: "Dispute" },
  consultation: { zh: "咨询", en: "Consultation" },
};

/** A staff team (队伍) of a level and how many dedicated staff (专职人员) each unit needs. */
export const teamSchema = z
  .object({
    code: mechanismCodeSchema,
    name: labelSchema,
    dedicatedStaff: z.number().int("A whole number.").min(0).max(100),
  })
  .strict();
export type Team = z.infer<typeof teamSchema>;

export const levelSchema = z
  .object({
    code: mechanismCodeSchema,
    name: labelSchema,
    unit: z.enum(levelUnits),
    /** A property-management body (物业管理机构) is required at every unit of the level. */
    bodyRequired: z.boolean(),
    /** A venue (阵地) for consultation and dispute mediation is required at every unit of the level. */
    venueRequired: z.boolean(),
    team: teamSchema.nullable().default(null),
  })
  .strict();
export type Level = z.infer<typeof levelSchema>;

const unitOrder: Record<LevelUnit, number> = { township: 0, community: 1, compound: 2 };

export const levelsSchema = z
  .array(levelSchema)
  .min(1, "At least one level.")
  .max(levelUnits.length)
  .superRefine((levels, ctx) => {
    const codes = new Map<string, number>();
    const units = new Map<string, number>();
    const teams = new Map<string, number>();
    levels.forEach((level, i) => {
      if (codes.has(level.code))
        ctx.addIssue({ code: "custom", path: [i, "code"], message: `Level code '${level.code}' repeats.` });
      codes.set(level.code, i);
      if (units.has(level.unit)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "unit"],
          message: `Two levels apply to the unit '${level.unit}'.`,
        });
      }
      units.set(level.unit, i);
      if (level.team) {
        if (teams.has(level.team.code)) {
          ctx.addIssue({
            code: "custom",
            path: [i, "team", "code"],
            message: `Team code '${level.team.code}' repeats.`,
          });
        }
        teams.set(level.team.code, i);
      }
      const previous = levels[i - 1];
      if (previous && unitOrder[previous.unit] >= unitOrder[level.unit] && previous.unit !== level.unit) {
        ctx.addIssue({
          code: "custom",
          path: [i, "unit"],
          message: "Levels run from the top down: township or street, then community, then compound.",
        });
      }
    });
  });

/** The "8+N" roster: core departments and the N utilities, by registry department code. */
export const rosterSchema = z
  .object({
    core: z.array(departmentCodeSchema).max(50),
    utilities: z.array(departmentCodeSchema).max(50).default([]),
  })
  .strict()
  .superRefine((roster, ctx) => {
    const seen = new Map<string, "core" | "utilities">();
    for (const part of ["core", "utilities"] as const) {
      roster[part].forEach((code, i) => {
        const before = seen.get(code);
        if (before === part) {
          ctx.addIssue({ code: "custom", path: [part, i], message: `Department '${code}' repeats.` });
        } else if (before) {
          ctx.addIssue({
            code: "custom",
            path: [part, i],
            message: `Department '${code}' is already in ${before}; a department is core or a utility, not both.`,
          });
        } else {
          seen.set(code, part);
        }
      });
    }
  });
export type Roster = z.infer<typeof rosterSchema>;

/** How fast a case of a category must move (接诉即办). */
export const deadlinesSchema = z
  .object({
    /** The community reaches the person who reported it within this many hours. */
    firstContactHours: z.number().positive().max(720),
    /** A whistled department checks in (报到) within this many hours. */
    checkInHours: z.number().positive().max(720),
    /** The case is resolved within this many days of being received. */
    resolutionDays: z.number().int("A whole number of days.").min(1).max(365),
    /** Count resolution days as working days (Monday to Friday). */
    workingDays: z.boolean().default(false),
  })
  .strict();
export type Deadlines = z.infer<typeof deadlinesSchema>;

export const categorySchema = z
  .object({
    code: mechanismCodeSchema,
    name: labelSchema,
    kind: z.enum(caseKinds),
    /** Departments a whistle goes to by default: codes from the roster. */
    departments: z.array(departmentCodeSchema).max(20).default([]),
    deadlines: deadlinesSchema,
  })
  .strict()
  .superRefine((category, ctx) => {
    const seen = new Set<string>();
    category.departments.forEach((code, i) => {
      if (seen.has(code))
        ctx.addIssue({ code: "custom", path: ["departments", i], message: `Department '${code}' repeats.` });
      seen.add(code);
    });
  });
export type Category = z.infer<typeof categorySchema>;

export const categoriesSchema = z
  .array(categorySchema)
  .max(200)
  .superRefine((categories, ctx) => {
    const seen = new Set<string>();
    categories.forEach((category, i) => {
      if (seen.has(category.code)) {
        ctx.addIssue({
          code: "custom",
          path: [i, "code"],
          message: `Category code '${category.code}' repeats.`,
        });
      }
      seen.add(category.code);
    });
  });

/** One policy's place in the mechanism: on or off, and its config (checked against the policy's schema). */
export const policyEntrySchema = z
  .object({
    enabled: z.boolean(),
    config: z.unknown().default({}),
  })
  .strict();
export type PolicyEntry = z.infer<typeof policyEntrySchema>;

export const policyEntriesSchema = z.record(policyIdSchema, policyEntrySchema);

export const thresholdsSchema = z
  .object({
    /** A unit with at least this many full party members should have its own party organisation. */
    partyEligibility: z.number().int().min(1).max(100).default(PARTY_ELIGIBILITY_THRESHOLD),
  })
  .strict();
export type Thresholds = z.infer<typeof thresholdsSchema>;

/** How urgent a work order is (normal | urgent | emergency); each may shorten the category's deadlines. */
export const casePriorities = ["normal", "urgent", "emergency"] as const;
export type CasePriority = (typeof casePriorities)[number];

export const casePriorityLabels: Record<CasePriority, Label> = {
  normal: { zh: "一般", en: "Normal" },
  urgent: { zh: "紧急", en: "Urgent" },
  emergency: { zh: "特急", en: "Emergency" },
};

/**
 * What a priority asks: the receiving unit acknowledges (签收) within `acknowledgeHours` of the
 * dispatch; the other limits cap the category's own (the shorter wins), absent ones leave it.
 */
export const priorityDeadlinesSchema = z
  .object({
    acknowledgeHours: z.number().positive().max(720),
    firstContactHours: z.number().positive().max(720).optional(),
    checkInHours: z.number().positive().max(720).optional(),
    resolutionDays: z.number().int("A whole number of days.").min(1).max(365).optional(),
  })
  .strict();
export type PriorityDeadlines = z.infer<typeof priorityDeadlinesSchema>;

/** The 12345 work-order desk: per-priority deadlines and when returns count as bouncing. */
export const workOrdersSchema = z
  .object({
    priorities: z
      .object({
        normal: priorityDeadlinesSchema.default({ acknowledgeHours: 24 }),
        urgent: priorityDeadlinesSchema.default({
          acknowledgeHours: 4,
          firstContactHours: 4,
          resolutionDays: 3,
        }),
        emergency: priorityDeadlinesSchema.default({
          acknowledgeHours: 1,
          firstContactHours: 2,
          checkInHours: 1,
          resolutionDays: 1,
        }),
      })
      .strict()
      .prefault({}),
    /** A case returned (退单) more often than this is flagged as bouncing between units. */
    bounceLimit: z.number().int().min(0).max(50).default(2),
  })
  .strict();
export type WorkOrders = z.infer<typeof workOrdersSchema>;

/**
 * When the scheduler speaks up (第一时间: nobody should have to poll). Lead times before each
 * deadline at which a "due soon" reminder goes out (0: no reminder for that deadline), and the
 * day of the month, in the county's zone, on which last month's evaluation runs by itself.
 */
export const scheduleSchema = z
  .object({
    reminders: z
      .object({
        firstContactMinutes: z.number().int("Whole minutes.").min(0).max(10_080).default(30),
        acknowledgeMinutes: z.number().int("Whole minutes.").min(0).max(10_080).default(60),
        checkInMinutes: z.number().int("Whole minutes.").min(0).max(10_080).default(30),
        resolutionHours: z.number().int("Whole hours.").min(0).max(720).default(24),
        taskDays: z.number().int("Whole days.").min(0).max(60).default(2),
      })
      .strict()
      .prefault({}),
    monthlyEvaluation: z
      .object({
        enabled: z.boolean().default(true),
        /** Day of the month (1-28) on which the previous month is evaluated. */
        day: z.number().int("A whole day.").min(1).max(28).default(1),
        /** Hour of that day (0-23, the county's zone) from which it runs. */
        hour: z.number().int("A whole hour.").min(0).max(23).default(2),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type Schedule = z.infer<typeof scheduleSchema>;

export const mechanismSchema = z
  .object({
    name: labelSchema,
    /** The preset the document started from, e.g. `anhui-3338`. */
    preset: z.string().min(1).max(60).optional(),
    levels: levelsSchema,
    roster: rosterSchema,
    categories: categoriesSchema,
    policies: policyEntriesSchema,
    thresholds: thresholdsSchema.prefault({}),
    workOrders: workOrdersSchema.prefault({}),
    schedule: scheduleSchema.prefault({}),
  })
  .strict()
  .superRefine((doc, ctx) =>
    categoriesWithinRoster(doc, (path, message) => ctx.addIssue({ code: "custom", path, message })),
  );

/** A mechanism as stored and read (defaults filled in). */
export type Mechanism = z.output<typeof mechanismSchema>;
/** A mechanism as written (defaults may be left out). */
export type MechanismInput = z.input<typeof mechanismSchema>;
