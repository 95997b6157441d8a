export * from "./completeness.js";
export * from "./fit.js";
export * from "./presets/index.js";
export * from "./schema.js";
export * from "./validate.js";
