import { z } from "zod";
import { AppError } from "../errors.js";
import type { Mechanism } from "../mechanism/schema.js";
import type { Label } from "../registry/common.js";
import { builtinPolicies } from "./builtin/index.js";
import { withoutRetired } from "./retired.js";
import type {
  AnyPolicy,
  DomainEvent,
  Effect,
  Finding,
  Period,
  PolicyContext,
  PolicyLookup,
  PolicyView,
  ViewSlice,
} from "./types.js";

const PERIOD = /^(?<year>\d{4})(?:-(?:(?<month>0[1-9]|1[0-2])|Q(?<quarter>[1-4])))?$/;
const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A period label: a month `2024-05`, a quarter `2024-Q2` or a year `2024`. */
export const periodLabelSchema = z
  .string()
  .regex(PERIOD, "A period: a month (2024-05), a quarter (2024-Q2) or a year (2024).");

/** Parses `2024-05`, `2024-Q2` or `2024` into a period with inclusive start and end dates. */
export function parsePeriod(label: string): Period {
  const groups = PERIOD.exec(label)?.groups;
  const year = Number(groups?.year);
  if (!groups || year < 1900) {
    const message = `Not a period: '${label}'. Use a month (2024-05), a quarter (2024-Q2) or a year (2024).`;
    throw new AppError("bad_request", message, { errors: [{ path: "period", message }] });
  }
  const span = (kind: Period["kind"], first: number, last: number): Period => ({
    label,
    kind,
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(last)}-${pad(lastDay(year, last))}`,
  });
  if (groups.month) return span("month", Number(groups.month), Number(groups.month));
  if (groups.quarter) {
    const q = Number(groups.quarter);
    return span("quarter", 3 * q - 2, 3 * q);
  }
  return span("year", 1, 12);
}

type EnabledPolicy = { policy: AnyPolicy; config: unknown };

// Parsing every policy's config is most of the work of asking policies about an event: done once
// per mechanism document and registry (documents are treated as read-only, see PolicyContext).
const enabledOf = new WeakMap<Mechanism, WeakMap<PolicyLookup, EnabledPolicy[]>>();

/** A policy the mechanism names, with its config parsed; a clear error when either is wrong. */
function enabledPolicies(mechanism: Mechanism, registry: PolicyLookup): EnabledPolicy[] {
  const byRegistry = enabledOf.get(mechanism) ?? new WeakMap<PolicyLookup, EnabledPolicy[]>();
  enabledOf.set(mechanism, byRegistry);
  const enabled = byRegistry.get(registry) ?? parseEnabled(mechanism, registry);
  byRegistry.set(registry, enabled);
  return enabled;
}

function parseEnabled(mechanism: Mechanism, registry: PolicyLookup): EnabledPolicy[] {
  const enabled = Object.entries(mechanism.policies).filter(([, entry]) => entry.enabled);
  for (const [id] of enabled) {
    if (!registry.get(id)) {
      throw new AppError(
        "unprocessable",
        `The mechanism enables policy '${id}', which this deployment does not have.`,
        {
          errors: [{ path: `policies.${id}`, message: "Unknown policy." }],
        },
      );
    }
  }
  const ids = new Set(enabled.map(([id]) => id));
  // The registry's order (built-ins first), so findings come out in a stable order.
  return registry
    .list()
    .filter((policy) => ids.has(policy.id))
    .map((policy) => ({ policy, config: configOf(policy, mechanism.policies[policy.id]?.config) }));
}

/** A policy's config parsed by its schema (defaults filled in). */
export function configOf(policy: AnyPolicy, config: unknown): unknown {
  const parsed = policy.configSchema.safeParse(withoutRetired(policy, config ?? {}));
  if (parsed.success) return parsed.data;
  throw new AppError("unprocessable", `The config of policy '${policy.id}' is not valid.`, {
    errors: parsed.error.issues.map((issue) => ({
      path: ["policies", policy.id, "config", ...issue.path.map(String)].join("."),
      message: issue.message,
    })),
  });
}

/**
 * Runs every enabled policy's `evaluate` over the period, each with its parsed config, in the
 * registry's order. Each finding is attributed to the policy that made it.
 */
export function evaluateAll(
  mechanism: Mechanism,
  view: PolicyView,
  period: Period,
  registry: PolicyLookup,
): Finding[] {
  const context: PolicyContext = { mechanism };
  return enabledPolicies(mechanism, registry).flatMap(({ policy, config }) =>
    (policy.evaluate?.(period, view, config, context) ?? []).map((f) => ({ ...f, policy: policy.id })),
  );
}

/**
 * The slices of the view the enabled policies read, for an evaluation (`evaluate`) or an event
 * hook (`on`): what the API loads, and nothing more.
 */
export function slicesRead(
  mechanism: Mechanism,
  registry: PolicyLookup,
  phase: "evaluate" | "on",
  eventType?: string,
): Set<ViewSlice> {
  const out = new Set<ViewSlice>();
  for (const { policy } of enabledPolicies(mechanism, registry)) {
    if (phase === "on" && !(policy.on && (eventType === undefined || hears(policy, eventType)))) continue;
    if (phase === "evaluate" && !policy.evaluate) continue;
    for (const slice of (phase === "on" ? policy.reads.on : policy.reads.evaluate) ?? []) out.add(slice);
  }
  return out;
}

/** The enabled policies whose evaluation reads `slice`, in the registry's order. */
export function evaluationReaders(
  mechanism: Mechanism,
  registry: PolicyLookup,
  slice: ViewSlice,
): AnyPolicy[] {
  return enabledPolicies(mechanism, registry)
    .filter(({ policy }) => policy.evaluate && policy.reads.evaluate.includes(slice))
    .map(({ policy }) => policy);
}

/** An effect with the policy that asked for it (for the audit trail and the refusal message). */
export type PolicyEffect = Effect & { policy: string };

/** Asks every enabled policy with an `on` hook what an event requires: obligations, guards, notifications. */
export function onEvent(
  mechanism: Mechanism,
  event: DomainEvent,
  view: PolicyView,
  registry: PolicyLookup,
): PolicyEffect[] {
  const context: PolicyContext = { mechanism };
  return enabledPolicies(mechanism, registry).flatMap(({ policy, config }) =>
    hears(policy, event.type)
      ? (policy.on?.(event, view, config, context) ?? []).map((effect) => ({ ...effect, policy: policy.id }))
      : [],
  );
}

/** Whether a policy's hook answers an event type (every type when it names none). */
const hears = (policy: AnyPolicy, eventType: string) => !policy.events || policy.events.includes(eventType);

export type JsonSchema = z.core.JSONSchema.BaseSchema;

/** The JSON Schema of a policy's config as a client writes it (defaults optional), for generated forms. */
export const policyJsonSchema = (policy: AnyPolicy): JsonSchema =>
  z.toJSONSchema(policy.configSchema, { io: "input", unrepresentable: "any" });

/** A policy's config when the tenant sets nothing. */
export const policyDefaults = (policy: AnyPolicy): unknown => policy.configSchema.parse({});

/** What `GET policies` shows of one policy. */
export interface PolicyDescription {
  id: string;
  title: Label;
  description: Label;
  builtin: boolean;
  /** The slices of the county its evaluation reads; empty when it judges nothing yet (no findings). */
  evaluates: readonly string[];
  configSchema: JsonSchema;
  defaults: unknown;
  enabled: boolean;
  /** The tenant's config, parsed (defaults filled in); null when the mechanism does not list the policy. */
  config: unknown;
}

/** Every policy of the registry as the console shows it, with its state in the mechanism. */
export function describePolicies(registry: PolicyLookup, mechanism?: Mechanism): PolicyDescription[] {
  return registry.list().map((policy) => {
    const entry = mechanism?.policies[policy.id];
    return {
      id: policy.id,
      title: policy.title,
      description: policy.description,
      builtin: builtinPolicies.includes(policy),
      evaluates: policy.reads.evaluate,
      configSchema: policyJsonSchema(policy),
      defaults: policyDefaults(policy),
      enabled: entry?.enabled ?? false,
      config: entry ? configOf(policy, entry.config) : null,
    };
  });
}
