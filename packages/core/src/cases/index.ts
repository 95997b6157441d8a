export * from "./deadlines.js";
export * from "./lifecycle.js";
export * from "./rules.js";
export * from "./schemas.js";
export * from "./settings.js";
export * from "./vocabulary.js";
