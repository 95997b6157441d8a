import type { CompanyQualification } from "@propgov/core";
import { sql } from "drizzle-orm";
import {
  boolean,
  doublePrecision,
  integer,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { createdAt, timestamptz, updatedAt } from "./columns.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/** 物业服务企业, identified by its unified social credit code (unique per tenant). */
export const companies = pgTable(
  "companies",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    name: text("name").notNull(),
    uscc: text("uscc").notNull(),
    legalRepresentative: text("legal_representative").notNull(),
    phone: text("phone").notNull(),
    local: boolean("local").notNull().default(true),
    partyMembers: integer("party_members").notNull().default(0),
    /** 注册资本 in 10,000 CNY (万元); null: not recorded. */
    registeredCapital: doublePrecision("registered_capital"),
    /** 资质等级 the company cites; null: none recorded. */
    qualification: text("qualification").$type<CompanyQualification>(),
    /** Rank in the national top list of property companies (1 first); null: not ranked. */
    brandRank: integer("brand_rank"),
    /** Projects the company manages, anywhere; null: not recorded. */
    projectsManaged: integer("projects_managed"),
    /** The year it entered the county's market; null: not recorded. */
    enteredCountyYear: integer("entered_county_year"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    archivedAt: timestamptz("archived_at"),
  },
  (t) => [
    primaryKey({ name: "companies_pkey", columns: [t.tenantId, t.id] }),
    uniqueIndex("companies_uscc_key").on(t.tenantId, t.uscc).where(sql`archived_at is null`),
    tenantIsolation("companies"),
  ],
).enableRLS();
