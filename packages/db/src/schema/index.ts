export * from "./api-keys.js";
export * from "./audit-events.js";
export * from "./login-throttles.js";
export * from "./platform.js";
export * from "./roles.js";
export * from "./tenants.js";
export * from "./users.js";
