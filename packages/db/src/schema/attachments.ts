import type { AttachmentPurpose, AttachmentType } from "@propgov/core";
import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { cases } from "./cases.js";
import { createdAt, timestamptz } from "./columns.js";
import { disclosures } from "./disclosures.js";
import { meetings } from "./meetings.js";
import { tenantIsolation } from "./rls.js";
import { tenants } from "./tenants.js";

/**
 * A file attached to a case (intake photos, completion evidence 影像证明), a meeting (minutes) or
 * a disclosure (its document). The bytes live in the attachment store (a folder under the data
 * dir, or S3-compatible object storage) under `storage_key`; this row says what they are and whose.
 * Exactly one owner column is set. Images are stored with their metadata (EXIF, GPS) removed.
 */
export const attachments = pgTable(
  "attachments",
  {
    tenantId: text("tenant_id")
      .notNull()
      .references(() => tenants.id, { onDelete: "cascade" }),
    id: text("id").notNull(),
    caseId: text("case_id"),
    meetingId: text("meeting_id"),
    disclosureId: text("disclosure_id"),
    purpose: text("purpose").$type<AttachmentPurpose>().notNull(),
    /** Sniffed from the bytes, never taken from the client. */
    contentType: text("content_type").$type<AttachmentType>().notNull(),
    /** Bytes as stored (after metadata removal). */
    size: integer("size").notNull(),
    /** Hex SHA-256 of the stored bytes. */
    sha256: text("sha256").notNull(),
    /** The file name the uploader gave, cleaned; only shown, never used as a path. */
    filename: text("filename"),
    storageKey: text("storage_key").notNull(),
    thumbnailKey: text("thumbnail_key"),
    width: integer("width"),
    height: integer("height"),
    /** Shown to the public (case tracking, Open311 media_url, the disclosure board). */
    public: boolean("public").notNull().default(false),
    uploadedBy: text("uploaded_by"),
    uploaderName: text("uploader_name"),
    createdAt: createdAt(),
    /** Removed: the bytes are deleted from the store, the row stays for the record. */
    deletedAt: timestamptz("deleted_at"),
    deletedBy: text("deleted_by"),
  },
  (t) => [
    primaryKey({ name: "attachments_pkey", columns: [t.tenantId, t.id] }),
    foreignKey({
      name: "attachments_case_fk",
      columns: [t.tenantId, t.caseId],
      foreignColumns: [cases.tenantId, cases.id],
    }),
    foreignKey({
      name: "attachments_meeting_fk",
      columns: [t.tenantId, t.meetingId],
      foreignColumns: [meetings.tenantId, meetings.id],
    }),
    foreignKey({
      name: "attachments_disclosure_fk",
      columns: [t.tenantId, t.disclosureId],
      foreignColumns: [disclosures.tenantId, disclosures.id],
    }),
    check("attachments_one_owner", sql`num_nonnulls(case_id, meeting_id, disclosure_id) = 1`),
    index("attachments_case_idx").on(t.tenantId, t.caseId).where(sql`case_id is not null`),
    index("attachments_meeting_idx").on(t.tenantId, t.meetingId).where(sql`meeting_id is not null`),
    index("attachments_disclosure_idx").on(t.tenantId, t.disclosureId).where(sql`disclosure_id is not null`),
    tenantIsolation("attachments"),
  ],
).enableRLS();
