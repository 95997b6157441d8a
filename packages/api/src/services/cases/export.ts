import {
  AppError,
  type CancelReason,
  type CaseChannel,
  caseKindLabels,
  caseRatingLabels,
  caseStatusLabels,
} from "@propgov/core";
import { regions } from "@propgov/db";
import { and, eq, inArray } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { MAX_LIMIT } from "../pagination.js";
import { inTenant } from "../tx.js";
import { type ListCasesInput, listCases } from "./read.js";
import type { CaseView } from "./view.js";

/** The most cases one export holds; more matching cases are 422: narrow the filters. */
export const MAX_EXPORT_ROWS = 10_000;

export type ExportFilters = Omit<ListCasesInput, "limit" | "cursor">;

type Cell = string | number | Date | null;

/** One column of the export: its Chinese header and how a case fills it. */
export interface ExportColumn {
  key: string;
  header: string;
  /** Column width in Excel, in characters. */
  width: number;
  /** A time: a date cell in Excel, the county's wall clock in CSV. */
  time?: true;
  value: (c: ExportedCase) => Cell;
}

export interface ExportedCase {
  view: CaseView;
  communityName: string | null;
}

export const channelLabels: Record<CaseChannel, string> = {
  web: "网站",
  widget: "网页组件",
  hotline12345: "12345热线",
  open311: "Open311",
  inspection: "巡查发现",
  walkIn: "来访",
};

const cancelReasonLabels: Record<CancelReason, string> = { duplicate: "重复件", invalid: "无效诉求" };

const yesNo = (v: boolean | null) => (v === null ? null : v ? "是" : "否");

/** The columns, in order (导出字段). Times are Date cells: the renderers show them in the county's zone. */
export const caseExportColumns: readonly ExportColumn[] = [
  { key: "number", header: "案件编号", width: 18, value: (c) => c.view.number },
  { key: "kind", header: "类型", width: 10, value: (c) => caseKindLabels[c.view.kind].zh },
  { key: "category", header: "诉求类别", width: 18, value: (c) => c.view.category.name.zh },
  { key: "status", header: "状态", width: 12, value: (c) => caseStatusLabels[c.view.status].zh },
  { key: "channel", header: "来源渠道", width: 12, value: (c) => channelLabels[c.view.channel] },
  { key: "community", header: "所属社区", width: 14, value: (c) => c.communityName },
  { key: "compound", header: "小区", width: 16, value: (c) => c.view.compound.name },
  { key: "location", header: "具体位置", width: 18, value: (c) => c.view.location?.text ?? null },
  { key: "description", header: "诉求内容", width: 40, value: (c) => c.view.description },
  { key: "reporterName", header: "反映人", width: 10, value: (c) => c.view.reporter?.name ?? null },
  { key: "reporterPhone", header: "联系电话", width: 14, value: (c) => c.view.reporter?.phone ?? null },
  { key: "guarantor", header: "包保责任人", width: 12, value: (c) => c.view.guarantor?.name ?? null },
  { key: "round", header: "办理轮次", width: 8, value: (c) => c.view.round },
  { key: "receivedAt", header: "受理时间", width: 17, time: true, value: (c) => c.view.receivedAt },
  {
    key: "firstContactDueAt",
    header: "首次联系时限",
    width: 17,
    time: true,
    value: (c) => c.view.firstContactDueAt,
  },
  { key: "contactedAt", header: "首次联系时间", width: 17, time: true, value: (c) => c.view.contactedAt },
  {
    key: "departments",
    header: "吹哨部门",
    width: 24,
    value: (c) => [...new Set(c.view.departments.map((d) => d.name.zh))].join("、") || null,
  },
  { key: "resolutionDueAt", header: "办结时限", width: 17, time: true, value: (c) => c.view.resolutionDueAt },
  { key: "resolvedAt", header: "解决时间", width: 17, time: true, value: (c) => c.view.resolvedAt },
  { key: "resolvedOnSpot", header: "就地解决", width: 8, value: (c) => yesNo(c.view.resolvedOnSpot) },
  {
    key: "rating",
    header: "评价",
    width: 10,
    value: (c) => (c.view.rating ? caseRatingLabels[c.view.rating].zh : null),
  },
  { key: "closedAt", header: "结案时间", width: 17, time: true, value: (c) => c.view.closedAt },
  {
    key: "cancelReason",
    header: "撤销原因",
    width: 10,
    value: (c) => (c.view.cancelReason ? cancelReasonLabels[c.view.cancelReason] : null),
  },
  { key: "overdue", header: "是否超期", width: 8, value: (c) => yesNo(c.view.overdue.any) },
];

/**
 * Every case the list would show for these filters and this caller (the same reach, the same
 * phone masking), newest first, with the names of their communities; more than MAX_EXPORT_ROWS
 * is 422 naming `query.from`: export a shorter period.
 */
export async function exportCases(
  ctx: TenantServiceContext,
  filters: ExportFilters,
): Promise<ExportedCase[]> {
  return inTenant(ctx, async (tx, tctx) => {
    const views: CaseView[] = [];
    let cursor: string | undefined;
    do {
      const page = await listCases(tctx, { ...filters, limit: MAX_LIMIT, cursor });
      views.push(...page.items);
      if (views.length > MAX_EXPORT_ROWS) {
        throw new AppError(
          "unprocessable",
          `More than ${MAX_EXPORT_ROWS} cases match: export a shorter period or narrower filters.`,
          { errors: [{ path: "query.from", message: `At most ${MAX_EXPORT_ROWS} cases an export.` }] },
        );
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const ids = [...new Set(views.map((v) => v.communityId))];
    const names = new Map<string, string>();
    if (ids.length > 0) {
      const rows = await tx
        .select({ id: regions.id, name: regions.name })
        .from(regions)
        .where(and(eq(regions.tenantId, ctx.tenant.id), inArray(regions.id, ids)));
      for (const r of rows) names.set(r.id, r.name);
    }
    return views.map((view) => ({ view, communityName: names.get(view.communityId) ?? null }));
  });
}
