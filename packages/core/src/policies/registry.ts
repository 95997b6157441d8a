import { AppError } from "../errors.js";
import { policyIdSchema } from "../mechanism/schema.js";
import { builtinPolicies } from "./builtin/index.js";
import type { AnyPolicy, PolicyLookup } from "./types.js";

/** The built-ins plus the plugins a deployment registers. */
export interface PolicyRegistry extends PolicyLookup {
  /** Adds a plugin; refuses a malformed policy, a repeated id or an id of a built-in. */
  register(policy: AnyPolicy): void;
}

/**
 * A registry holding every built-in policy, then `plugins` in order. A county's own policy
 * (an id with its own prefix, e.g. `guoyang.greenSpace`) is registered here at start-up.
 */
export function createPolicyRegistry(plugins: readonly AnyPolicy[] = []): PolicyRegistry {
  const byId = new Map<string, AnyPolicy>(builtinPolicies.map((p) => [p.id, p]));
  const registry: PolicyRegistry = {
    get: (id) => byId.get(id),
    list: () => [...byId.values()],
    register(policy) {
      const id = policyIdSchema.safeParse(policy.id);
      if (!id.success) {
        throw new AppError("bad_request", `Policy id '${policy.id}': ${id.error.issues[0]?.message}`);
      }
      if (builtinPolicies.some((p) => p.id === policy.id)) {
        throw new AppError(
          "conflict",
          `Policy id '${policy.id}' is a built-in policy's; give yours a prefix.`,
        );
      }
      if (byId.has(policy.id)) {
        throw new AppError("conflict", `A policy with id '${policy.id}' is already registered.`);
      }
      const defaults = policy.configSchema.safeParse({});
      if (!defaults.success) {
        throw new AppError(
          "bad_request",
          `Policy '${policy.id}': its config schema must accept {} and fill in defaults (${defaults.error.issues[0]?.message}).`,
        );
      }
      byId.set(policy.id, policy);
    },
  };
  for (const plugin of plugins) registry.register(plugin);
  return registry;
}
