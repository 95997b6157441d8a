export * from "./appeals.js";
export * from "./assessment.js";
export * from "./config.js";
export * from "./export.js";
export * from "./input.js";
export * from "./score.js";
