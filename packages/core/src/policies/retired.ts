import type { AnyPolicy } from "./types.js";

/** The config without the fields the policy has retired (a copy; the input is left alone). */
export function withoutRetired(policy: AnyPolicy, config: unknown): unknown {
  if (!policy.retired?.length || typeof config !== "object" || config === null) return config;
  const copy = structuredClone(config) as Record<string, unknown>;
  for (const path of policy.retired) {
    const keys = path.split(".");
    const last = keys.pop() as string;
    let at: unknown = copy;
    for (const k of keys)
      at = typeof at === "object" && at !== null ? (at as Record<string, unknown>)[k] : undefined;
    if (typeof at === "object" && at !== null) delete (at as Record<string, unknown>)[last];
  }
  return copy;
}
