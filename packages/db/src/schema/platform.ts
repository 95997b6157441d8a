import { sql } from "drizzle-orm";
import { index, pgTable, text, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { platformOnly } from "./rls.js";

/** Operators of the whole installation (role platformAdmin). They belong to no tenant. */
export const platformUsers = pgTable(
  "platform_users",
  {
    id: text("id").primaryKey(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    roles: text("roles").array().notNull().default(sql`'{platformAdmin}'::text[]`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    disabledAt: timestamptz("disabled_at"),
  },
  () => [uniqueIndex("platform_users_username_key").on(sql`lower(username)`), platformOnly("platform_users")],
).enableRLS();

export const platformSessions = pgTable(
  "platform_sessions",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => platformUsers.id, { onDelete: "cascade" }),
    secretHash: text("secret_hash").notNull(),
    expiresAt: timestamptz("expires_at").notNull(),
    createdAt: createdAt(),
    userAgent: text("user_agent"),
  },
  (t) => [index("platform_sessions_user_idx").on(t.userId), platformOnly("platform_sessions")],
).enableRLS();
