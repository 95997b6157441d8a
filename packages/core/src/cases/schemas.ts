import { z } from "zod";
import { coordinateSystems } from "../geo/index.js";
import { casePriorities, mechanismCodeSchema } from "../mechanism/schema.js";
import { idOf, isoInstantSchema, nameSchema } from "../registry/common.js";
import { phoneSchema } from "../registry/validators.js";
import { cancelReasons, caseRatings, supervisionLevels } from "./lifecycle.js";

/** How a case reached the county. */
export const caseChannels = ["web", "widget", "hotline12345", "open311", "inspection", "walkIn"] as const;
export type CaseChannel = (typeof caseChannels)[number];

/** A photo or attachment: an absolute http(s) URL (files live in the county's own storage). */
export const mediaUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .url("An absolute URL.")
  .refine((u) => /^https?:\/\//i.test(u), "An http or https URL.");

/**
 * Where in the compound: free text, and a point when the reporter's device or map gave one, with
 * its coordinate system: GCJ-02 unless said otherwise (what Chinese map apps give; Open311 points
 * are WGS-84 as GeoReport says).
 */
export const caseLocationSchema = z
  .object({
    text: z.string().trim().min(1).max(300).optional(),
    lat: z.number().min(-90).max(90).optional(),
    long: z.number().min(-180).max(180).optional(),
    coordinateSystem: z.enum(coordinateSystems).optional(),
  })
  .strict()
  .refine((l) => (l.lat === undefined) === (l.long === undefined), {
    message: "Give lat and long together.",
    path: ["lat"],
  });
export type CaseLocation = z.infer<typeof caseLocationSchema>;

export const reporterSchema = z.object({ name: nameSchema, phone: phoneSchema }).strict();

const description = z.string().trim().min(5, "Describe the problem in at least 5 characters.").max(4000);

/** A 12345 ticket (工单号): the sending system and its number, unique per county and system. */
export const externalRefSchema = z
  .object({
    system: z
      .string()
      .trim()
      .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, "A short lower-case system code, e.g. 12345 or hotline12345."),
    number: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[A-Za-z0-9][A-Za-z0-9_.:/-]*$/, "Letters, digits and - _ . : /."),
  })
  .strict();
export type ExternalRef = z.infer<typeof externalRefSchema>;

/** A case as staff file it (a hotline call, an inspection, a walk-in). */
export const createCaseSchema = z
  .object({
    category: mechanismCodeSchema,
    compoundId: idOf("cpd", "compound"),
    gridId: idOf("grd", "grid").optional(),
    description,
    location: caseLocationSchema.optional(),
    photos: z.array(mediaUrlSchema).max(9).default([]),
    /** Optional for an inspection (nobody reported it). */
    reporter: reporterSchema.optional(),
    channel: z.enum(caseChannels).default("web"),
    /** When it was received, if earlier than now (a hotline ticket forwarded later); not in the future. */
    receivedAt: isoInstantSchema().optional(),
    priority: z.enum(casePriorities).default("normal"),
    externalRef: externalRefSchema.optional(),
  })
  .strict();
export type CreateCaseInput = z.infer<typeof createCaseSchema>;

/** A resident's report through the public API or the widget. `website` is a honeypot: humans leave it empty. */
export const publicCaseSchema = z
  .object({
    category: mechanismCodeSchema,
    compoundId: idOf("cpd", "compound"),
    description,
    location: caseLocationSchema.optional(),
    photos: z.array(mediaUrlSchema).max(9).default([]),
    reporter: reporterSchema,
    website: z.string().max(200).optional(),
  })
  .strict();
export type PublicCaseInput = z.infer<typeof publicCaseSchema>;

const note = z.string().trim().min(1).max(2000);

export const caseNoteSchema = z.object({ note: note.optional() }).strict();
export const whistleSchema = z
  .object({
    /** Departments summoned; empty or absent means the category's default departments. */
    departmentIds: z.array(idOf("dep", "department")).max(20).optional(),
    note: note.optional(),
  })
  .strict();
export const completeSchema = z.object({ outcome: note, note: note.optional() }).strict();
export const rateSchema = z
  .object({ rating: z.enum(caseRatings), comment: z.string().trim().max(2000).optional() })
  .strict();
export const cancelSchema = z.object({ reason: z.enum(cancelReasons), note: note.optional() }).strict();
export const reopenSchema = z.object({ note: note.optional() }).strict();

const reason = z.string().trim().min(2, "Give a reason.").max(2000);

/** 派单: to the case's community, or directly to departments outside the community's remit. */
export const dispatchSchema = z.discriminatedUnion("to", [
  z
    .object({
      to: z.literal("community"),
      priority: z.enum(casePriorities).optional(),
      note: note.optional(),
    })
    .strict(),
  z
    .object({
      to: z.literal("departments"),
      departmentIds: z.array(idOf("dep", "department")).min(1).max(20),
      priority: z.enum(casePriorities).optional(),
      note: note.optional(),
    })
    .strict(),
]);
export type DispatchInput = z.infer<typeof dispatchSchema>;
/** 改派: the same targets, with the reason for moving the case. */
export const reassignSchema = z.discriminatedUnion("to", [
  z.object({ to: z.literal("community"), reason }).strict(),
  z
    .object({
      to: z.literal("departments"),
      departmentIds: z.array(idOf("dep", "department")).min(1).max(20),
      reason,
    })
    .strict(),
]);
export const acknowledgeSchema = z
  .object({ departmentId: idOf("dep", "department").optional(), note: note.optional() })
  .strict();
export const returnSchema = z.object({ reason }).strict();
export const extensionRequestSchema = z.object({ dueAt: isoInstantSchema(), reason }).strict();
export const extensionApprovalSchema = z.object({ note: note.optional() }).strict();
export const extensionRefusalSchema = z.object({ reason }).strict();
export const superviseSchema = z
  .object({ level: z.enum(supervisionLevels), dueAt: isoInstantSchema(), reason })
  .strict();
/** A comment on the timeline; `internal` notes are for staff only (never on public tracking). */
export const commentSchema = z
  .object({ text: z.string().trim().min(1).max(4000), internal: z.boolean().default(false) })
  .strict();
export const mergeSchema = z.object({ duplicateOf: idOf("cas", "case"), note: note.optional() }).strict();
/** 回访: the resident's satisfaction given to the dispatcher by phone. */
export const callbackSchema = z
  .object({ rating: z.enum(caseRatings), comment: z.string().trim().max(2000).optional() })
  .strict();
/** Staff corrections (audited with before and after); at least one field, and why. */
export const correctCaseSchema = z
  .object({
    category: mechanismCodeSchema.optional(),
    compoundId: idOf("cpd", "compound").optional(),
    location: caseLocationSchema.nullable().optional(),
    description: description.optional(),
    reason,
  })
  .strict()
  .refine(
    (c) =>
      c.category !== undefined ||
      c.compoundId !== undefined ||
      c.location !== undefined ||
      c.description !== undefined,
    { message: "Correct at least one of category, compoundId, location, description.", path: ["category"] },
  );
export type CorrectCaseInput = z.infer<typeof correctCaseSchema>;

/** `MC-2024-000123`: the tenant's prefix, the year received (tenant time) and a yearly sequence. */
export function formatCaseNumber(prefix: string, year: number, sequence: number): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, "0")}`;
}
export const caseNumberPattern = /^[A-Z][A-Z0-9]{0,9}-\d{4}-\d{6,}$/;

const CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"; // no 0/O, 1/I/L: read over the phone
/**
 * A tracking code for the resident, e.g. `K7QH-3M9T-XR2P`: 12 characters of 31 (59 bits) from the
 * platform CSPRNG, so that codes cannot be guessed or enumerated.
 */
export function newTrackingCode(): string {
  let out = "";
  while (out.replaceAll("-", "").length < 12) {
    for (const byte of crypto.getRandomValues(new Uint8Array(16))) {
      // Rejection sampling: 248 = 8 × 31, so every character is equally likely.
      if (byte >= 248 || out.replaceAll("-", "").length === 12) continue;
      if (out.length === 4 || out.length === 9) out += "-";
      out += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  }
  return out;
}
export const trackingCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(
    /^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/,
    "A tracking code such as K7QH-3M9T-XR2P.",
  );

/**
 * A work order pushed by a 12345 system (工单推送), keyed by its ticket number: the same ticket
 * pushed again files nothing new. Without `compoundId`, the point's nearest compound (within
 * 3 km) is taken as a suggestion for the dispatcher to confirm or correct.
 */
export const workOrderIntakeSchema = z
  .object({
    ticket: externalRefSchema,
    category: mechanismCodeSchema,
    compoundId: idOf("cpd", "compound").optional(),
    description,
    location: caseLocationSchema.optional(),
    photos: z.array(mediaUrlSchema).max(9).default([]),
    reporter: reporterSchema.optional(),
    priority: z.enum(casePriorities).default("normal"),
    /** When the hotline took the call; not in the future. */
    receivedAt: isoInstantSchema().optional(),
  })
  .strict();
export type WorkOrderIntakeInput = z.infer<typeof workOrderIntakeSchema>;
