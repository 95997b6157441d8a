import { AppError, type FieldError } from "../errors.js";
import { withoutRetired } from "../policies/retired.js";
import type { PolicyLookup } from "../policies/types.js";
import { categoriesWithinRoster } from "./checks.js";
import {
  categoriesSchema,
  type Mechanism,
  mechanismSchema,
  type PolicyEntry,
  policyEntriesSchema,
  rosterSchema,
} from "./schema.js";

export type MechanismValidation = { ok: true; document: Mechanism } | { ok: false; errors: FieldError[] };

/** What the registry holds, for checking the document's references to it. */
export interface KnownReferences {
  /** Codes of the tenant's departments (registry `departments.code`). */
  departmentCodes?: readonly string[];
}

/** A zod issue path as the API reports it: `categories.3.departments.0`. */
export const issuePath = (path: readonly PropertyKey[]): string => path.map(String).join(".");

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Validates a whole mechanism document: its schema; every category department in the roster;
 * every policy id (enabled or not) known to `policies`, and each policy's config against that
 * policy's schema (errors at `policies.<id>.config.<field>`); and, when `known.departmentCodes`
 * is given, every roster code in the registry. All errors come at once, each with its dot-joined
 * path. On success the document comes back with defaults filled in, policy configs included.
 */
export function validateMechanism(
  doc: unknown,
  policies: PolicyLookup,
  known: KnownReferences = {},
): MechanismValidation {
  const errors: FieldError[] = [];
  const add = (path: readonly PropertyKey[], message: string) => {
    const p = issuePath(path);
    if (!errors.some((e) => e.path === p && e.message === message)) errors.push({ path: p, message });
  };

  const parsed = mechanismSchema.safeParse(doc);
  if (!parsed.success) for (const issue of parsed.error.issues) add(issue.path, issue.message);
  const raw = isRecord(doc) ? doc : {};

  // Each part on its own, so one answer names every error: the document-wide refinement (categories
  // within the roster) does not run while another part of the document fails.
  const roster = parsed.success ? parsed.data.roster : rosterSchema.safeParse(raw.roster).data;
  if (!parsed.success) {
    const categories = categoriesSchema.safeParse(raw.categories).data;
    if (roster && categories) categoriesWithinRoster({ roster, categories }, add);
  }

  if (roster && known.departmentCodes) {
    const registry = new Set(known.departmentCodes);
    for (const part of ["core", "utilities"] as const) {
      roster[part].forEach((code, i) => {
        if (!registry.has(code))
          add(["roster", part, i], `No department with code '${code}' in the registry.`);
      });
    }
  }

  const entries: Record<string, PolicyEntry> | undefined = parsed.success
    ? parsed.data.policies
    : policyEntriesSchema.safeParse(raw.policies).data;
  const configs = new Map<string, unknown>();
  for (const [id, entry] of Object.entries(entries ?? {})) {
    const policy = policies.get(id);
    if (!policy) {
      const ids = policies
        .list()
        .map((p) => p.id)
        .join(", ");
      add(["policies", id], `Unknown policy '${id}'. Known policies: ${ids}.`);
      continue;
    }
    const config = policy.configSchema.safeParse(withoutRetired(policy, entry.config));
    if (config.success) configs.set(id, config.data);
    else
      for (const issue of config.error.issues) add(["policies", id, "config", ...issue.path], issue.message);
  }

  if (!parsed.success || errors.length > 0) return { ok: false, errors };
  const withConfigs = Object.fromEntries(
    Object.entries(parsed.data.policies).map(([id, entry]) => [
      id,
      { enabled: entry.enabled, config: configs.get(id) },
    ]),
  );
  return { ok: true, document: { ...parsed.data, policies: withConfigs } };
}

/** {@link validateMechanism}, throwing an `unprocessable` AppError that lists every error. */
export function parseMechanism(doc: unknown, policies: PolicyLookup, known: KnownReferences = {}): Mechanism {
  const result = validateMechanism(doc, policies, known);
  if (result.ok) return result.document;
  throw new AppError("unprocessable", "The mechanism document is not valid.", { errors: result.errors });
}
