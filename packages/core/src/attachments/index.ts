export * from "./metadata.js";
export * from "./schemas.js";
export * from "./sniff.js";
