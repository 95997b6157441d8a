export * from "./cases/index.js";
export * from "./errors.js";
export * from "./ids.js";
export * from "./mechanism/index.js";
export * from "./policies/index.js";
export * from "./registry/index.js";
export * from "./roles.js";
export * from "./tenant.js";
