export * from "./disclosures.js";
export * from "./excellence.js";
export * from "./lifecycle.js";
export * from "./meetings.js";
export * from "./tasks.js";
