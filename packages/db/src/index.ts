export {
  type CitusTables,
  citusPlanSql,
  citusTables,
  type TenantKeyProblem,
  tenantKeyProblems,
} from "./citus.js";
export {
  type Database,
  type DbHandle,
  enterTenant,
  type HeldLock,
  type RlsContext,
  rlsSettings,
  rowsOf,
  type Schema,
  schema,
  setRlsContext,
  type TokenRow,
  type Tx,
  withContext,
  withoutTenant,
  withPlatform,
  withTenant,
  withTokenLookup,
} from "./client.js";
export { compiled, type Placeholders } from "./compiled.js";
export { isDatabaseUnavailable, PgCode, pgConstraint, pgErrorCode } from "./errors.js";
export { type MovedTable, MoveError, type MoveOptions, type MoveReport, moveTenant } from "./move.js";
export * from "./schema/index.js";
export {
  DEFAULT_SHARD,
  enterShard,
  parseShards,
  type ShardRouter,
  shardRouter,
  singleDatabase,
  type TenantPlacement,
  tenantLockSql,
  tenantPlacement,
} from "./shards.js";
