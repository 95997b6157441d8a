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

export const targetLabel: Record<
  "company" | "township" | "community" | "townshipSecretary" | "communitySecretary",
  MessageKey
> = {
  company: "targetCompany",
  township: "targetTownship",
  community: "targetCommunity",
  townshipSecretary: "targetTownshipSecretary",
  communitySecretary: "targetCommunitySecretary",
};

type Label = { zh: string; en: string };

/** Where an item's figure comes from, as the API names it. */
export const metricLabel: Record<string, Label> = {
  "cases.responseRate": { zh: "案件响应率", en: "Case response rate" },
  "cases.resolutionRate": { zh: "案件办结率", en: "Case resolution rate" },
  "cases.satisfactionRate": { zh: "群众满意率", en: "Residents' satisfaction rate" },
  "coverage.service": { zh: "物业服务覆盖率", en: "Property service coverage" },
  "coverage.committee": { zh: "业委会组建率", en: "Owners' committee formation" },
  "coverage.partyOrg": { zh: "党组织组建率", en: "Party organisation formation" },
  "party.crossAppointment": { zh: "业委会党员交叉任职率", en: "Party members on owners' committees" },
  "party.ledMeetings": { zh: "党组织牵头议事率", en: "Meetings convened by a party organisation" },
  "tasks.onTime": { zh: "责任清单按时完成率", en: "Tasks done on time" },
  "disclosures.compliance": { zh: "信息公开问题数", en: "Disclosure findings" },
  "meetings.compliance": { zh: "会议制度问题数", en: "Meeting findings" },
  findings: { zh: "制度评估问题数", en: "Policy findings" },
  "credit.bad": { zh: "不良信用记录数", en: "Bad credit records" },
  manual: { zh: "人工评分", en: "Manual" },
};

/** A scoring rule in words. */
export function ruleText(rule: Record<string, unknown>, lang: "zh" | "en"): string {
  const pct = (v: unknown) => `${Math.round(Number(v) * 100)}%`;
  if (rule.kind === "linear")
    return lang === "zh"
      ? `线性：${pct(rule.from)} 起计分，${pct(rule.to)} 得满分`
      : `Linear: from ${pct(rule.from)}, full at ${pct(rule.to)}`;
  if (rule.kind === "deduction")
    return lang === "zh"
      ? `扣分：每项扣 ${rule.perFinding} 分${rule.cap ? `，最多扣 ${rule.cap} 分` : ""}`
      : `Deduction: ${rule.perFinding} per finding${rule.cap ? `, at most ${rule.cap}` : ""}`;
  if (rule.kind === "manual") return lang === "zh" ? "人工评分" : "Manual";
  return Object.entries(rule)
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(", ");
}
