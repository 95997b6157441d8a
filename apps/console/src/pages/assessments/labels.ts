import type { MessageKey } from "../../i18n/messages";

export const kindLabel: Record<"monthlyBulletin" | "quarterly" | "annual", MessageKey> = {
  monthlyBulletin: "kindMonthlyBulletin",
  quarterly: "kindQuarterly",
  annual: "kindAnnual",
};

export const statusLabel: Record<"draft" | "published" | "superseded", MessageKey> = {
  draft: "statusDraft",
  published: "statusPublished",
  superseded: "statusSuperseded",
};

export const statusColor = { draft: "gold", published: "green", superseded: "default" } as const;

export const targetLabel: Record<"company" | "township" | "community", MessageKey> = {
  company: "targetCompany",
  township: "targetTownship",
  community: "targetCommunity",
};
