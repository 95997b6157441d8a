import type { Policy } from "./types.js";

/**
 * Declares a policy with its config type inferred from its schema: `definePolicy({ id, …,
 * configSchema: z.object({ max: z.number().default(300) }), evaluate(period, view, config) {…} })`.
 */
export const definePolicy = <Config>(policy: Policy<Config>): Policy<Config> => policy;
