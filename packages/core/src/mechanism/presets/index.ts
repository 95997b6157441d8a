import type { MechanismInput } from "../schema.js";
import { anhui3338 } from "./anhui-3338.js";
import { compact2Level } from "./compact-2level.js";

export { anhui3338 } from "./anhui-3338.js";
export { compact2Level } from "./compact-2level.js";

/** The mechanisms shipped with the code, by preset id. */
export const presets = {
  "anhui-3338": anhui3338,
  "compact-2level": compact2Level,
} as const satisfies Record<string, MechanismInput>;
export type PresetId = keyof typeof presets;
export const presetIds = Object.keys(presets) as PresetId[];

export const isPresetId = (id: string): id is PresetId => Object.hasOwn(presets, id);

/** A fresh copy of a preset document (safe to edit), or undefined for an unknown id. */
export function getPreset(id: string): MechanismInput | undefined {
  return isPresetId(id) ? structuredClone(presets[id]) : undefined;
}
