import type { Label } from "../registry/common.js";

/** One column of the 双公示 administrative-penalty export: its code, meaning and where it comes from. */
export interface PenaltyExportColumn extends Label {
  code: PenaltyExportCode;
  /** Where the value comes from in this system. */
  from: string;
}

export type PenaltyExportCode =
  | "CF_WSH"
  | "CF_XDR_MC"
  | "CF_XDR_LB"
  | "CF_XDR_SHXYM"
  | "CF_FRDB"
  | "CF_CFLB"
  | "CF_WFXW"
  | "CF_SY"
  | "CF_YJ"
  | "CF_NR"
  | "CF_NR_FK"
  | "CF_JDRQ"
  | "CF_YXQ"
  | "CF_GSJZQ"
  | "CF_CFJG"
  | "CF_CFJGDM"
  | "CF_SJLY"
  | "CF_SJLYDM"
  | "BZ";

/**
 * The columns of the Credit China (信用中国) "双公示" administrative-penalty layout, in order, as
 * `GET /credit/exports/penalties.csv` writes them. Codes and meanings follow the national
 * administrative-penalty data standard (行政处罚信息数据标准); the columns for natural persons,
 * certificate types and confiscations are not exported (companies only). Every value comes from
 * the record as filed: a penalty lacking one of them is refused at filing (422), never guessed.
 */
export const penaltyExportColumns: readonly PenaltyExportColumn[] = [
  {
    code: "CF_WSH",
    zh: "行政处罚决定书文号",
    en: "Number of the penalty decision",
    from: "penalty.decisionNumber",
  },
  {
    code: "CF_XDR_MC",
    zh: "行政相对人名称",
    en: "Name of the party penalised (the company)",
    from: "company.name",
  },
  {
    code: "CF_XDR_LB",
    zh: "行政相对人类别",
    en: "Category of the party (legal person or other organisation / individual business)",
    from: "penalty.partyCategory, as 法人及非法人组织 or 个体工商户",
  },
  {
    code: "CF_XDR_SHXYM",
    zh: "行政相对人代码_统一社会信用代码",
    en: "Unified social credit code of the company",
    from: "company.uscc",
  },
  {
    code: "CF_FRDB",
    zh: "法定代表人",
    en: "Legal representative",
    from: "penalty.legalRepresentative, else company.legalRepresentative",
  },
  {
    code: "CF_CFLB",
    zh: "处罚类别（如警告、罚款）",
    en: "Kind of penalty (e.g. 警告 warning, 罚款 fine)",
    from: "penalty.penaltyType (required when filing)",
  },
  {
    code: "CF_WFXW",
    zh: "违法行为类型",
    en: "Type of the violation",
    from: "penalty.violationType (required when filing)",
  },
  {
    code: "CF_SY",
    zh: "违法事实（处罚事由）",
    en: "Facts of the violation (cause)",
    from: "penalty.cause, else record.category",
  },
  { code: "CF_YJ", zh: "处罚依据", en: "Legal basis of the penalty", from: "penalty.basis" },
  { code: "CF_NR", zh: "处罚内容", en: "Content of the penalty", from: "penalty.content" },
  {
    code: "CF_NR_FK",
    zh: "罚款金额（万元）",
    en: "Fine in 万元 (10,000 yuan)",
    from: "penalty.fine, as a plain decimal (0 for none)",
  },
  {
    code: "CF_JDRQ",
    zh: "处罚决定日期（YYYY-MM-DD）",
    en: "Date of the decision (YYYY-MM-DD)",
    from: "penalty.decidedOn",
  },
  {
    code: "CF_YXQ",
    zh: "处罚有效期（YYYY-MM-DD）",
    en: "End of the penalty's validity (YYYY-MM-DD)",
    from: "record.expiresOn",
  },
  {
    code: "CF_GSJZQ",
    zh: "公示截止期（YYYY-MM-DD）",
    en: "Last day of publication (YYYY-MM-DD)",
    from: "penalty.publicUntil (required when filing)",
  },
  { code: "CF_CFJG", zh: "处罚机关", en: "Authority that decided", from: "penalty.authority" },
  {
    code: "CF_CFJGDM",
    zh: "处罚机关统一社会信用代码",
    en: "Unified social credit code of the authority",
    from: "penalty.authorityUscc",
  },
  {
    code: "CF_SJLY",
    zh: "数据来源单位",
    en: "Data source",
    from: "credit config export.dataSource, else the tenant's name + 物业管理信用平台",
  },
  {
    code: "CF_SJLYDM",
    zh: "数据来源单位代码",
    en: "Code of the data source",
    from: "credit config export.dataSourceCode (the national standard asks for the source unit's unified social credit code), else the tenant's division code",
  },
  { code: "BZ", zh: "备注", en: "Note", from: "penalty.note" },
];

/** One row of the export, by column code; null and "" write an empty field. */
export type PenaltyExportRow = Record<PenaltyExportCode, string | number | null>;

/** RFC 4180: a field with a quote, comma or line break is quoted, quotes doubled. */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = typeof value === "number" ? formatNumber(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A plain decimal without exponent or float noise (0.1 + 0.2 → 0.3), up to 6 places. */
function formatNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/**
 * The export as CSV text: UTF-8 byte order mark (for spreadsheets), the header of codes, one line
 * per row, CRLF after every line. Values are written as they are (no formula guard: the file is
 * uploaded to the credit platform, and a changed decision number would not match).
 */
export function renderPenaltyCsv(rows: readonly PenaltyExportRow[]): string {
  const lines = [penaltyExportColumns.map((c) => c.code).join(",")];
  for (const row of rows) lines.push(penaltyExportColumns.map((c) => csvField(row[c.code])).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
