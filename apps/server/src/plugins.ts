import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type { AnyPolicy } from "@propgov/core";

/** Thrown when a plugin module cannot be loaded or exports no policy; names the module. */
export class PluginError extends Error {
  override readonly name = "PluginError";
}

/** A policy by shape: what `definePolicy` returns (the registry checks the rest when it registers). */
function isPolicy(value: unknown): value is AnyPolicy {
  if (typeof value !== "object" || value === null) return false;
  const p = value as Partial<AnyPolicy>;
  return (
    typeof p.id === "string" &&
    typeof p.title?.zh === "string" &&
    typeof (p.configSchema as { safeParse?: unknown } | undefined)?.safeParse === "function" &&
    typeof p.reads === "object"
  );
}

/**
 * Imports each module (a package name, or a file by absolute path) and collects the policies it
 * exports, named or default. A module that fails to load or exports none stops the start: a
 * county's rule that silently went missing would make its evaluations wrong.
 */
export async function loadPlugins(modules: readonly string[]): Promise<AnyPolicy[]> {
  const found: AnyPolicy[] = [];
  for (const spec of modules) {
    let exported: Record<string, unknown>;
    try {
      exported = await import(isAbsolute(spec) ? pathToFileURL(spec).href : spec);
    } catch (error) {
      throw new PluginError(
        `PROPGOV_PLUGINS: '${spec}' could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const policies = [...new Set(Object.values(exported).filter(isPolicy))];
    if (policies.length === 0) throw new PluginError(`PROPGOV_PLUGINS: '${spec}' exports no policy.`);
    found.push(...policies);
  }
  return found;
}
