import type { Schema } from "@propgov/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { client } from "./client";

export type Disclosure = Schema<"Disclosure">;
export type CreateDisclosure = Schema<"CreateDisclosureRequest">;
type Cadence = "monthly" | "quarterly" | "yearly";
type Responsible = "company" | "committee";
interface ItemRule {
  required: boolean;
  cadence: Cadence;
  responsible: Responsible;
}

/**
 * The informationDisclosure policy's defaults (packages/core, `informationDisclosureConfigSchema`):
 * a county's mechanism overrides them item by item. Kept here because the console does not load core.
 */
const defaultItems: Record<string, ItemRule> = {
  feeStandard: { required: true, cadence: "yearly", responsible: "company" },
  serviceStandard: { required: true, cadence: "yearly", responsible: "company" },
  publicRevenue: { required: true, cadence: "quarterly", responsible: "company" },
  maintenanceFund: { required: true, cadence: "yearly", responsible: "committee" },
  committeeDecisions: { required: true, cadence: "monthly", responsible: "committee" },
  contractSummary: { required: true, cadence: "yearly", responsible: "company" },
};
export const disclosureItemCodes = Object.keys(defaultItems);

export interface DisclosureRules {
  enabled: boolean;
  items: Record<string, ItemRule>;
  graceDays: number;
}

/** The county's disclosure rules, from the current mechanism (defaults where it says nothing). */
export function rulesOf(mechanism: { policies: object }): DisclosureRules {
  const entry = (mechanism.policies as Record<string, { enabled?: boolean; config?: unknown } | undefined>)
    .informationDisclosure;
  const config = (entry?.config ?? {}) as { items?: Record<string, Partial<ItemRule>>; graceDays?: number };
  const items = Object.fromEntries(
    Object.entries(defaultItems).map(([code, rule]) => [code, { ...rule, ...(config.items?.[code] ?? {}) }]),
  );
  return { enabled: entry?.enabled ?? false, items, graceDays: config.graceDays ?? 15 };
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The last window of a cadence that ended before `today`: its label and last day. */
export function lastEndedWindow(cadence: Cadence, today: string): { label: string; end: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  if (cadence === "yearly") return { label: String(year - 1), end: `${year - 1}-12-31` };
  if (cadence === "monthly") {
    const [y, m] = month === 1 ? [year - 1, 12] : [year, month - 1];
    return { label: `${y}-${pad(m)}`, end: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
  }
  const quarter = Math.ceil(month / 3) - 1;
  const [y, q] = quarter === 0 ? [year - 1, 4] : [year, quarter];
  return { label: `${y}-Q${q}`, end: `${y}-${pad(3 * q)}-${pad(lastDay(y, 3 * q))}` };
}

export interface DueItem {
  key: string;
  compound: { id: string; name: string };
  company: { id: string; name: string } | null;
  item: string;
  period: string;
  responsible: Responsible;
  /** The day it must be published by (the window's last day plus the grace days). */
  dueBy: string;
}

/** Today in the county (China Standard Time). */
export const countyToday = (now: number) => new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);

/**
 * What is due now: for every compound under a contract the caller sees, every required item of the
 * last window its cadence has closed, not yet published (withdrawn ones do not count). Late once
 * `dueBy` has passed — the same rule the informationDisclosure policy judges by.
 */
export function dueItems(
  rules: DisclosureRules,
  contracts: Schema<"Contract">[],
  published: Disclosure[],
  today: string,
): DueItem[] {
  const done = new Set(
    published
      .filter((d) => !d.withdrawnAt && d.compound)
      .map((d) => `${d.compound?.id}|${d.item.code}|${d.period}`),
  );
  const byCompound = new Map<string, Schema<"Contract">>();
  for (const k of contracts)
    if (k.active && !k.archivedAt && !byCompound.has(k.compoundId)) byCompound.set(k.compoundId, k);
  const due: DueItem[] = [];
  for (const k of byCompound.values()) {
    for (const [item, rule] of Object.entries(rules.items)) {
      if (!rule.required) continue;
      const w = lastEndedWindow(rule.cadence, today);
      if (done.has(`${k.compoundId}|${item}|${w.label}`)) continue;
      due.push({
        key: `${k.compoundId}|${item}|${w.label}`,
        compound: { id: k.compoundId, name: k.compoundName },
        company: rule.responsible === "company" ? { id: k.companyId, name: k.companyName } : null,
        item,
        period: w.label,
        responsible: rule.responsible,
        dueBy: addDays(w.end, rules.graceDays),
      });
    }
  }
  return due.sort((a, b) => a.dueBy.localeCompare(b.dueBy) || a.compound.name.localeCompare(b.compound.name));
}

/** Every query key starts with "disclosures": publishing refreshes them all. */
export function useDisclosureBoard() {
  return useQuery({
    queryKey: ["disclosures", "board"],
    queryFn: async () => {
      const [mechanism, contracts, published] = await Promise.all([
        client.GET("/v1/tenants/{tenant}/mechanism"),
        client.GET("/v1/tenants/{tenant}/contracts", { params: { query: { limit: 200 } } }),
        client.GET("/v1/tenants/{tenant}/disclosures", { params: { query: { limit: 200 } } }),
      ]);
      return { rules: rulesOf(mechanism.document), contracts: contracts.items, published: published.items };
    },
  });
}

export function usePublishDisclosure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDisclosure) => client.POST("/v1/tenants/{tenant}/disclosures", { body }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["disclosures"] }),
  });
}
