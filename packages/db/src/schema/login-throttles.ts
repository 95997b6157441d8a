import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns.js";

/**
 * Failed sign-in counters, keyed by a hash of (realm, username, client). Holds no tenant data,
 * so it is a global table; the application role may read and write it.
 */
export const loginThrottles = pgTable("login_throttles", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamptz("window_started_at").notNull(),
  blockedUntil: timestamptz("blocked_until"),
});
