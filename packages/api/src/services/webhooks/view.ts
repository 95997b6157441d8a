import type { SubscriptionDisabledReason, SubscriptionKind } from "@propgov/core";
import type { webhookSubscriptions } from "@propgov/db";

export type Row = typeof webhookSubscriptions.$inferSelect;

export interface WebhookView {
  id: string;
  kind: SubscriptionKind;
  /** A robot's with its key masked. */
  url: string;
  /** A DingTalk robot in signed mode (加签); false for the other kinds. */
  signed: boolean;
  description: string | null;
  eventTypes: string[];
  enabled: boolean;
  disabledAt: string | null;
  disabledReason: SubscriptionDisabledReason | null;
  consecutiveFailures: number;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  previousSecretExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export const iso = (d: Date | null) => (d ? d.toISOString() : null);

export const toView = (r: Row): WebhookView => ({
  id: r.id,
  kind: r.kind,
  url: r.url,
  signed: r.kind === "dingtalk" && r.secretCiphertext !== null,
  description: r.description,
  eventTypes: r.eventTypes,
  enabled: r.enabled,
  disabledAt: iso(r.disabledAt),
  disabledReason: r.disabledReason ?? null,
  consecutiveFailures: r.consecutiveFailures,
  lastSuccessAt: iso(r.lastSuccessAt),
  lastFailureAt: iso(r.lastFailureAt),
  previousSecretExpiresAt: iso(r.previousSecretExpiresAt),
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
});
