import { defineConfig } from "drizzle-kit";

// Migrations are generated from src/schema and committed; they are never pushed.
// Custom migrations (roles, FORCE ROW LEVEL SECURITY, grants, triggers) are made with
// `pnpm drizzle-kit generate --custom --name=<what>` and written by hand.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema/index.ts",
  out: "./migrations",
  entities: { roles: { provider: "" } },
  strict: true,
  verbose: true,
});
