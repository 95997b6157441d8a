export {
  type Database,
  type DbHandle,
  enterTenant,
  type Schema,
  schema,
  type Tx,
  withoutTenant,
  withPlatform,
  withTenant,
  withTokenLookup,
} from "./client.js";
export { PgCode, pgConstraint, pgErrorCode } from "./errors.js";
export * from "./schema/index.js";
