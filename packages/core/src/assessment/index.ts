export * from "./presets.js";
export * from "./scoring.js";
export * from "./template.js";
