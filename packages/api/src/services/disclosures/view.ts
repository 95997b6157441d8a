import { disclosureItemLabel, type Label } from "@propgov/core";
import { companies, compounds, disclosures, type Tx } from "@propgov/db";
import { and, eq } from "drizzle-orm";

export type Row = typeof disclosures.$inferSelect;

/** A disclosure as staff see it: what, for which compound or company and period, who published it, whether withdrawn. */
export interface DisclosureView {
  id: string;
  compound: { id: string; name: string } | null;
  company: { id: string; name: string } | null;
  item: { code: string; label: Label };
  period: string;
  title: string;
  content: string;
  attachments: string[];
  publishedAt: Date;
  /** The account that published it (a user or an API key) and its display name. */
  publishedBy: { id: string | null; name: string | null };
  withdrawnAt: Date | null;
  /** The account (a user or an API key) that withdrew it. */
  withdrawnBy: string | null;
  /** Why it was withdrawn. */
  withdrawalReason: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** A disclosure as the public board shows it: no publisher, nothing personal. */
export interface PublicDisclosureView {
  id: string;
  compound: { id: string; name: string } | null;
  company: { id: string; name: string } | null;
  item: { code: string; label: Label };
  period: string;
  title: string;
  content: string;
  attachments: string[];
  publishedAt: Date;
}

export type Joined = { d: Row; compoundName: string | null; companyName: string | null };

const selection = {
  d: disclosures,
  compoundName: compounds.name,
  companyName: companies.name,
};

/** `select … from disclosures` with the compound's and company's names. */
export const joined = (tx: Tx) =>
  tx
    .select(selection)
    .from(disclosures)
    .leftJoin(
      compounds,
      and(eq(compounds.tenantId, disclosures.tenantId), eq(compounds.id, disclosures.compoundId)),
    )
    .leftJoin(
      companies,
      and(eq(companies.tenantId, disclosures.tenantId), eq(companies.id, disclosures.companyId)),
    );

const unitOf = (id: string | null, name: string | null) => (id ? { id, name: name ?? id } : null);

export function disclosureView(j: Joined): DisclosureView {
  const { d } = j;
  return {
    id: d.id,
    compound: unitOf(d.compoundId, j.compoundName),
    company: unitOf(d.companyId, j.companyName),
    item: { code: d.item, label: disclosureItemLabel(d.item) },
    period: d.period,
    title: d.title,
    content: d.content,
    attachments: d.attachments,
    publishedAt: d.publishedAt,
    publishedBy: { id: d.publishedBy, name: d.publisherName },
    withdrawnAt: d.withdrawnAt,
    withdrawnBy: d.withdrawnBy,
    withdrawalReason: d.withdrawalReason,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}

export const publicView = (j: Joined): PublicDisclosureView => ({
  id: j.d.id,
  compound: unitOf(j.d.compoundId, j.compoundName),
  company: unitOf(j.d.companyId, j.companyName),
  item: { code: j.d.item, label: disclosureItemLabel(j.d.item) },
  period: j.d.period,
  title: j.d.title,
  content: j.d.content,
  attachments: j.d.attachments,
  publishedAt: j.d.publishedAt,
});
