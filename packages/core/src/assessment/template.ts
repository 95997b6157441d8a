import { z } from "zod";
import { AppError, type FieldError } from "../errors.js";
import { issuePath } from "../mechanism/validate.js";
import { severities } from "../policies/types.js";
import { type Label, labelSchema } from "../registry/common.js";

/**
 * What an assessment scores: companies, townships and streets, communities, or the party
 * secretaries of townships and streets (乡镇（街道）党（工）委书记) and of communities (社区党组织
 * 书记) for their annual review (述职评议). A secretary's card scores the party-building work of
 * the region they lead, so it is measured on the region's subtree like the region's own card.
 */
export const assessmentTargetKinds = [
  "company",
  "township",
  "community",
  "townshipSecretary",
  "communitySecretary",
] as const;
export type AssessmentTargetKind = (typeof assessmentTargetKinds)[number];
export const assessmentTargetKindLabels: Record<AssessmentTargetKind, Label> = {
  company: { zh: "物业服务企业", en: "Property company" },
  township: { zh: "乡镇（街道）", en: "Township or street" },
  community: { zh: "社区", en: "Community" },
  townshipSecretary: { zh: "乡镇（街道）党（工）委书记", en: "Township or street party secretary" },
  communitySecretary: { zh: "社区党组织书记", en: "Community party secretary" },
};
/** Target kinds measured on a region's subtree (every kind but companies). */
export const regionTargetKinds = [
  "township",
  "community",
  "townshipSecretary",
  "communitySecretary",
] as const satisfies readonly AssessmentTargetKind[];
/** The region kinds whose units a target kind scores. */
export const targetRegionKinds: Record<Exclude<AssessmentTargetKind, "company">, readonly string[]> = {
  township: ["township", "street"],
  community: ["community"],
  townshipSecretary: ["township", "street"],
  communitySecretary: ["community"],
};

/** Cycles: 月通报, 季度考核, 年终评比; each takes a period of its own length. */
export const assessmentKinds = ["monthlyBulletin", "quarterly", "annual"] as const;
export type AssessmentKindName = (typeof assessmentKinds)[number];
export const assessmentKindPeriod = {
  monthlyBulletin: "month",
  quarterly: "quarter",
  annual: "year",
} as const satisfies Record<AssessmentKindName, "month" | "quarter" | "year">;
export const assessmentKindLabels: Record<AssessmentKindName, Label> = {
  monthlyBulletin: { zh: "月通报", en: "Monthly bulletin" },
  quarterly: { zh: "季度考核", en: "Quarterly assessment" },
  annual: { zh: "年终评比", en: "Year-end assessment" },
};

/** Metric sources whose figure is a rate (0..1, or null when there is nothing to measure). */
export const rateMetrics = [
  "cases.responseRate",
  "cases.resolutionRate",
  "cases.satisfactionRate",
  "coverage.service",
  "coverage.committee",
  "coverage.partyOrg",
  "party.crossAppointment",
  "party.ledMeetings",
  "tasks.onTime",
] as const;
/** Metric sources whose figure is a count (findings, records). */
export const countMetrics = [
  "disclosures.compliance",
  "meetings.compliance",
  "findings",
  "credit.bad",
] as const;
export const assessmentMetrics = [...rateMetrics, ...countMetrics, "manual"] as const;
export type AssessmentMetric = (typeof assessmentMetrics)[number];

/** Sources that only mean something for some target kinds. */
const metricTargets: Partial<Record<AssessmentMetric, readonly AssessmentTargetKind[]>> = {
  "coverage.service": regionTargetKinds,
  "coverage.committee": regionTargetKinds,
  "coverage.partyOrg": regionTargetKinds,
  "party.crossAppointment": regionTargetKinds,
  "party.ledMeetings": regionTargetKinds,
  "credit.bad": ["company"],
};

export const isRateMetric = (m: AssessmentMetric) => (rateMetrics as readonly string[]).includes(m);
export const isCountMetric = (m: AssessmentMetric) => (countMetrics as readonly string[]).includes(m);

const code = z
  .string()
  .trim()
  .regex(/^[a-zA-Z][a-zA-Z0-9_-]{0,39}$/, "Letters, digits, - and _, starting with a letter (at most 40).");

/**
 * Where a figure comes from: a metric the system computes, narrowed for `findings` (a policy,
 * optionally a rule and a severity) and `credit.bad` (optionally a category).
 */
export const assessmentSourceSchema = z
  .object({
    metric: z.enum(assessmentMetrics),
    /** `findings`: the policy whose findings count (required). */
    policy: z.string().trim().min(1).max(80).optional(),
    /** `findings`: only this rule. */
    rule: z.string().trim().min(1).max(80).optional(),
    /** `findings`: only findings of this severity. */
    severity: z.enum(severities).optional(),
    /** `credit.bad`: only records of this category. */
    category: z.string().trim().min(1).max(80).optional(),
  })
  .strict();
export type AssessmentSource = z.infer<typeof assessmentSourceSchema>;

/** How an item's figure becomes points. */
export const scoringRuleSchema = z.discriminatedUnion("kind", [
  z
    .object({
      /** A rate at or below `from` scores 0, at or above `to` full points, linear between. */
      kind: z.literal("linear"),
      from: z.number().min(0).max(1),
      to: z.number().min(0).max(1),
      /**
       * Nothing to measure (no cases due, no compounds, …): `exclude` (default) leaves the item
       * out of the target's score, which is then scored on the items it has data for; `full`
       * and `zero` give all or none of the points, as templates did before.
       */
      ifNoData: z.enum(["exclude", "full", "zero"]).default("exclude"),
    })
    .strict(),
  z
    .object({
      /** points − min(cap, perFinding × count). */
      kind: z.literal("deduction"),
      perFinding: z.number().positive().max(100),
      /** At most this many points are deducted (default: all of them). */
      cap: z.number().positive().max(1000).optional(),
    })
    .strict(),
  z.object({ kind: z.literal("manual") }).strict(),
]);
export type ScoringRule = z.infer<typeof scoringRuleSchema>;

export const templateItemSchema = z
  .object({
    id: code,
    title: labelSchema,
    points: z.number().positive().max(1000),
    source: assessmentSourceSchema,
    rule: scoringRuleSchema,
  })
  .strict();
export type TemplateItem = z.infer<typeof templateItemSchema>;

/** 一票否决: the condition on a source that fails a target whatever its score. */
export const vetoRuleSchema = z.discriminatedUnion("kind", [
  /** A count source reaching `count` (findings, bad credit records). */
  z.object({ kind: z.literal("atLeast"), count: z.number().int().min(1).default(1) }).strict(),
  /** A rate source below `threshold` (a null rate never vetoes). */
  z.object({ kind: z.literal("below"), threshold: z.number().min(0).max(1) }).strict(),
]);
export type VetoRule = z.infer<typeof vetoRuleSchema>;

export const templateVetoSchema = z
  .object({ id: code, title: labelSchema, source: assessmentSourceSchema, rule: vetoRuleSchema })
  .strict();
export type TemplateVeto = z.infer<typeof templateVetoSchema>;

export const gradeBandSchema = z
  .object({ grade: z.string().trim().min(1).max(20), min: z.number().min(0).max(1000) })
  .strict();
export type GradeBand = z.infer<typeof gradeBandSchema>;

/** The default bands: 优秀 ≥ 90, 良好 ≥ 80, 合格 ≥ 60, 不合格 below. */
export const defaultGradeBands: GradeBand[] = [
  { grade: "优秀", min: 90 },
  { grade: "良好", min: 80 },
  { grade: "合格", min: 60 },
  { grade: "不合格", min: 0 },
];

/** An assessment template (考核细则) as a tenant writes it. */
export const assessmentTemplateSchema = z
  .object({
    name: labelSchema,
    targetKind: z.enum(assessmentTargetKinds),
    active: z.boolean().default(true),
    /**
     * The cycles the template is scored in (default all three): an active template joins every
     * assessment of these kinds; e.g. the secretaries' 述职评议 scorecards only the year-end.
     */
    kinds: z
      .array(z.enum(assessmentKinds))
      .min(1)
      .max(3)
      .default([...assessmentKinds]),
    passLine: z.number().min(0).max(1000).default(60),
    /** Highest first; a target gets the first band whose `min` its total reaches. */
    bands: z.array(gradeBandSchema).min(1).max(10).default(defaultGradeBands),
    items: z.array(templateItemSchema).min(1).max(50),
    vetoes: z.array(templateVetoSchema).max(20).default([]),
  })
  .strict();
export type AssessmentTemplate = z.infer<typeof assessmentTemplateSchema>;
export type AssessmentTemplateInput = z.input<typeof assessmentTemplateSchema>;

export type TemplateValidation =
  | { ok: true; document: AssessmentTemplate }
  | { ok: false; errors: FieldError[] };

/** The checks zod cannot express on one field: sources against rules and target kind, ids, bands. */
function crossChecks(t: AssessmentTemplate, add: (path: PropertyKey[], message: string) => void) {
  const ids = new Set<string>();
  const checkSource = (path: PropertyKey[], s: AssessmentSource) => {
    const kinds = metricTargets[s.metric];
    if (kinds && !kinds.includes(t.targetKind))
      add(
        [...path, "metric"],
        `'${s.metric}' does not apply to ${t.targetKind} targets (only ${kinds.join(", ")}).`,
      );
    if (s.metric === "findings" && !s.policy) add([...path, "policy"], "A findings source names its policy.");
    if (s.metric !== "findings") {
      for (const key of ["policy", "rule", "severity"] as const)
        if (s[key] !== undefined) add([...path, key], `Only a findings source has a ${key}.`);
    }
    if (s.metric !== "credit.bad" && s.category !== undefined)
      add([...path, "category"], "Only a credit.bad source has a category.");
  };
  t.items.forEach((item, i) => {
    if (ids.has(item.id)) add(["items", i, "id"], `Duplicate id '${item.id}'.`);
    ids.add(item.id);
    checkSource(["items", i, "source"], item.source);
    const m = item.source.metric;
    const r = item.rule;
    if (r.kind === "linear") {
      if (!isRateMetric(m))
        add(["items", i, "rule", "kind"], `A linear rule scores a rate; '${m}' is not one.`);
      if (r.from >= r.to) add(["items", i, "rule", "from"], "`from` is below `to`.");
    } else if (r.kind === "deduction") {
      if (!isCountMetric(m))
        add(["items", i, "rule", "kind"], `A deduction counts findings or records; '${m}' is a rate.`);
    } else if (m !== "manual") add(["items", i, "rule", "kind"], "A manual rule goes with a manual source.");
    if (m === "manual" && r.kind !== "manual")
      add(["items", i, "rule", "kind"], "A manual source is scored by a manual rule.");
  });
  t.vetoes.forEach((veto, i) => {
    if (ids.has(veto.id)) add(["vetoes", i, "id"], `Duplicate id '${veto.id}'.`);
    ids.add(veto.id);
    checkSource(["vetoes", i, "source"], veto.source);
    const m = veto.source.metric;
    if (m === "manual") add(["vetoes", i, "source", "metric"], "A veto rests on a computed source.");
    else if (veto.rule.kind === "atLeast" && !isCountMetric(m))
      add(["vetoes", i, "rule", "kind"], `'${m}' is a rate: use 'below'.`);
    else if (veto.rule.kind === "below" && !isRateMetric(m))
      add(["vetoes", i, "rule", "kind"], `'${m}' is a count: use 'atLeast'.`);
  });
  if (new Set(t.kinds).size !== t.kinds.length) add(["kinds"], "Each kind once.");
  const total = t.items.reduce((a, item) => a + item.points, 0);
  if (t.passLine > total) add(["passLine"], `The pass line is above the items' total (${total}).`);
  const grades = new Set<string>();
  t.bands.forEach((band, i) => {
    if (grades.has(band.grade)) add(["bands", i, "grade"], `Duplicate grade '${band.grade}'.`);
    grades.add(band.grade);
    const prev = t.bands[i - 1];
    if (prev && band.min >= prev.min) add(["bands", i, "min"], "Bands go from the highest minimum down.");
  });
}

/**
 * Validates a whole template: its schema, then (when it parses) every source against its rule
 * and the target kind, unique item and veto ids, the pass line and the bands. All errors come
 * at once, each with its dot-joined path (`items.2.rule.from`); defaults are filled in.
 */
export function validateTemplate(doc: unknown): TemplateValidation {
  const errors: FieldError[] = [];
  const add = (path: readonly PropertyKey[], message: string) => {
    const p = issuePath(path);
    if (!errors.some((e) => e.path === p && e.message === message)) errors.push({ path: p, message });
  };
  const parsed = assessmentTemplateSchema.safeParse(doc);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path, issue.message);
    return { ok: false, errors };
  }
  crossChecks(parsed.data, add);
  return errors.length ? { ok: false, errors } : { ok: true, document: parsed.data };
}

/** {@link validateTemplate}, throwing an `unprocessable` AppError whose paths start with `prefix`. */
export function parseTemplate(doc: unknown, prefix = ""): AssessmentTemplate {
  const result = validateTemplate(doc);
  if (result.ok) return result.document;
  throw new AppError("unprocessable", "The assessment template is not valid.", {
    errors: result.errors.map((e) => ({ ...e, path: prefix ? `${prefix}.${e.path}` : e.path })),
  });
}
