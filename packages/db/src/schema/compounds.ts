import type { ServiceMode } from "@propgov/core";
import {
  date,
  doublePrecision,
  foreignKey,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
} from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { regions } from "./regions.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";
import { users } from "./users.js";

/** 小区: a residential compound in a community. */
export const compounds = pgTable(
  "compounds",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    name: text("name").notNull(),
    address: text("address").notNull(),
    communityId: text("community_id").notNull(),
    buildings: integer("buildings").notNull(),
    households: integer("households").notNull(),
    lat: doublePrecision("lat"),
    lng: doublePrecision("lng"),
    serviceMode: text("service_mode").$type<ServiceMode>().notNull(),
    /** When a self-managed compound's arrangement (自管) started: coverage counts it from then. */
    selfManagedSince: date("self_managed_since", { mode: "string" }),
    residentPartyMembers: integer("resident_party_members").notNull().default(0),
    /** 包保责任人 of the whole compound: a user of the tenant, or a named person with a phone. */
    guarantorUserId: text("guarantor_user_id"),
    guarantorName: text("guarantor_name"),
    guarantorPhone: text("guarantor_phone"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: timestamptz("archived_at"),
  },
  (t) => [
    primaryKey({ name: "compounds_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "compounds_community_fk",
      columns: [t.tenantId, t.communityId],
      foreignColumns: [regions.tenantId, regions.id],
    }),
    foreignKey({
      name: "compounds_guarantor_user_fk",
      columns: [t.tenantId, t.guarantorUserId],
      foreignColumns: [users.tenantId, users.id],
    }),
    index("compounds_community_idx").on(t.tenantId, t.communityId),
    tenantIsolation("compounds"),
  ],
).enableRLS();

/** 网格 / 单元格: a unit inside a compound, with its guarantor (a user, or a named person). */
export const grids = pgTable(
  "grids",
  {
    tenantId: text("tenant_id").notNull(),
    id: text("id").notNull(),
    compoundId: text("compound_id").notNull(),
    name: text("name").notNull(),
    guarantorUserId: text("guarantor_user_id"),
    guarantorName: text("guarantor_name"),
    guarantorPhone: text("guarantor_phone"),
    position: integer("position").notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: "grids_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "grids_compound_fk",
      columns: [t.tenantId, t.compoundId],
      foreignColumns: [compounds.tenantId, compounds.id],
    }).onDelete("cascade"),
    foreignKey({
      name: "grids_guarantor_user_fk",
      columns: [t.tenantId, t.guarantorUserId],
      foreignColumns: [users.tenantId, users.id],
    }),
    index("grids_compound_idx").on(t.tenantId, t.compoundId),
    tenantIsolation("grids"),
  ],
).enableRLS();
