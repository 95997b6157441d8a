import { pgRole } from "drizzle-orm/pg-core";

/**
 * The role every request runs as (`SET LOCAL ROLE propgov_app`). It owns no table, has no
 * BYPASSRLS and no LOGIN; it is created by migration 0000 and granted only what it needs.
 */
export const APP_ROLE = "propgov_app";
export const appRole = pgRole(APP_ROLE).existing();
