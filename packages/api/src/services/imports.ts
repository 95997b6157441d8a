import {
  AppError,
  type CompanyQualification,
  type CreateCompanyInput,
  type CreateCompoundInput,
  companyQualificationLabels,
  companyQualifications,
  createCompanySchema,
  createCompoundSchema,
  entryYearProblem,
  type ServiceMode,
  serviceModeAliases,
  serviceModeLabels,
  serviceModes,
} from "@propgov/core";
import { companies, compounds, regions, type Tx } from "@propgov/db";
import { and, asc, eq, inArray, isNull, like } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { ZodError } from "zod";
import type { TenantServiceContext } from "../context.js";
import { assertCountyWide, assertMayWrite, type Reach, reachOf } from "./access/reach.js";
import { audit } from "./audit.js";
import { currentYearOf, insertCompany } from "./companies.js";
import { insertCompound } from "./compounds.js";
import { CsvSyntaxError, parseCsv } from "./csv.js";
import { escapeLike } from "./search.js";
import { inTenant } from "./tx.js";

/**
 * Bulk import of compounds and companies from the spreadsheets staff keep (CSV, UTF-8). A file
 * is checked as a whole first: columns by their API or Chinese names, every row against the same
 * schemas the API uses, names and codes resolved, duplicates found. A dry run answers that report;
 * a commit writes every row in one transaction through the same insert functions as the API, or,
 * when anything is wrong, nothing at all.
 */

/** The largest file accepted, in bytes. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** The most data rows accepted in one file (the header row not counted). */
export const IMPORT_MAX_ROWS = 10_000;

export type ImportKind = "compounds" | "companies" | "regions" | "contracts" | "committees" | "partyOrgs";

/** One problem of one row: the row as a spreadsheet numbers it (the header is row 1). */
export interface ImportRowError {
  row: number;
  /** The import field (e.g. `households`), or null for the row as a whole. */
  field: string | null;
  /** The column's header as written in the file, when the problem is in one column. */
  column: string | null;
  message: string;
}

export interface ImportReport {
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  /** Rows without any problem. */
  valid: number;
  errors: ImportRowError[];
  /** Whether the rows were written (only on `commit` with no errors). */
  committed: boolean;
  /** The rows written and the ids they got, on commit. */
  created: { row: number; id: string }[];
}

export interface ImportColumn {
  field: string;
  /** Headers that name this column: the API field name first, then its Chinese names. */
  headers: readonly string[];
  required: boolean;
  description: string;
}

export const compoundImportColumns: readonly ImportColumn[] = [
  {
    field: "name",
    headers: ["name", "名称", "小区名称"],
    required: true,
    description: "The compound's name.",
  },
  {
    field: "address",
    headers: ["address", "地址", "小区地址"],
    required: true,
    description: "Street address.",
  },
  {
    field: "community",
    headers: ["community", "communityId", "社区", "所属社区"],
    required: true,
    description: "The community: its name, code or id (an ambiguous name is a row error).",
  },
  {
    field: "serviceMode",
    headers: ["serviceMode", "物业服务方式"],
    required: true,
    description: "professional | selfManaged | none, or 专业化物业服务 / 自管 / 无 (and common spellings).",
  },
  { field: "households", headers: ["households", "户数"], required: true, description: "Households." },
  { field: "buildings", headers: ["buildings", "楼栋数"], required: true, description: "Buildings." },
  {
    field: "residentPartyMembers",
    headers: ["residentPartyMembers", "居住党员数"],
    required: false,
    description: "Party members living in the compound (default 0).",
  },
  { field: "lat", headers: ["lat", "纬度"], required: false, description: "Latitude (with lng)." },
  { field: "lng", headers: ["lng", "经度"], required: false, description: "Longitude (with lat)." },
];

export const companyImportColumns: readonly ImportColumn[] = [
  {
    field: "name",
    headers: ["name", "企业名称", "名称"],
    required: true,
    description: "The company's name.",
  },
  {
    field: "uscc",
    headers: ["uscc", "统一社会信用代码"],
    required: true,
    description: "Unified social credit code (18 characters, GB 32100-2015).",
  },
  {
    field: "legalRepresentative",
    headers: ["legalRepresentative", "法定代表人"],
    required: true,
    description: "Legal representative.",
  },
  { field: "phone", headers: ["phone", "联系电话"], required: true, description: "Mobile or landline." },
  {
    field: "local",
    headers: ["local", "是否本地", "是否本地企业"],
    required: false,
    description: "是 / 否 or true / false (default 是).",
  },
  {
    field: "partyMembers",
    headers: ["partyMembers", "党员数"],
    required: false,
    description: "Party members among the staff (default 0).",
  },
  {
    field: "registeredCapital",
    headers: ["registeredCapital", "注册资本", "注册资本（万元）", "注册资本(万元)"],
    required: false,
    description: "Registered capital in 10,000 CNY (万元); not negative.",
  },
  {
    field: "qualification",
    headers: ["qualification", "资质等级", "资质"],
    required: false,
    description: "grade1 | grade2 | grade3, or 一级 / 二级 / 三级 (资质).",
  },
  {
    field: "brandRank",
    headers: ["brandRank", "品牌排名", "百强排名"],
    required: false,
    description: "Rank in the national top list of property companies (1 first).",
  },
  {
    field: "projectsManaged",
    headers: ["projectsManaged", "在管项目数"],
    required: false,
    description: "Projects the company manages, anywhere.",
  },
  {
    field: "enteredCountyYear",
    headers: ["enteredCountyYear", "进入本县市场年份", "进入年份"],
    required: false,
    description: "The year it entered the county's market (not after the current year).",
  },
];

/** 资质等级 as spreadsheets write it. */
const qualificationByText = new Map<string, CompanyQualification>([
  ...companyQualifications.map((q) => [q.toLowerCase(), q] as const),
  ...companyQualifications.map((q) => [companyQualificationLabels[q].zh, q] as const),
  ["一级", "grade1"],
  ["二级", "grade2"],
  ["三级", "grade3"],
]);

export interface Table {
  /** Header of each column as written, and the field it maps to (null: an ignored blank column). */
  columns: { header: string; field: string | null }[];
  /** Data rows that are not blank, with their spreadsheet row numbers. */
  rows: { row: number; cells: Map<string, string>; extra: boolean }[];
  headerOf: Map<string, string>;
}

/** A problem of the whole file: 422, with the report as an extension so clients read one shape. */
function fileProblem(detail: string, errors: ImportRowError[], rows = 0): AppError {
  const report: ImportReport = { rows, valid: 0, errors, committed: false, created: [] };
  return new AppError("unprocessable", detail, {
    errors: errors.map((e) => ({ path: "body", message: `Row ${e.row}: ${e.message}` })),
    extensions: { report },
  });
}

const normaliseHeader = (h: string) =>
  h
    .trim()
    .replace(/^\*+|\*+$/g, "")
    .trim()
    .toLowerCase();

/** Reads the CSV into rows of cells keyed by field; problems of the file as a whole throw 422. */
export function readTable(text: string, spec: readonly ImportColumn[]): Table {
  let records: string[][];
  try {
    records = parseCsv(text, { maxRecords: IMPORT_MAX_ROWS + 1 });
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      const tooMany = error.message.startsWith("More than");
      const message = tooMany
        ? `More than ${IMPORT_MAX_ROWS} data rows: split the file.`
        : `Not a readable CSV file: ${error.message}`;
      throw fileProblem(message, [{ row: error.row, field: null, column: null, message }]);
    }
    throw error;
  }
  const [header, ...data] = records;
  if (!header || header.every((h) => h.trim() === "")) {
    const message = "The file is empty: its first row must name the columns.";
    throw fileProblem(message, [{ row: 1, field: null, column: null, message }]);
  }

  const byHeader = new Map<string, ImportColumn>();
  for (const column of spec) for (const h of column.headers) byHeader.set(normaliseHeader(h), column);
  const problems: ImportRowError[] = [];
  const headerOf = new Map<string, string>();
  const columns = header.map((raw, index) => {
    const name = raw.trim();
    if (name === "") {
      if (data.some((cells) => (cells[index] ?? "").trim() !== "")) {
        problems.push({
          row: 1,
          field: null,
          column: null,
          message: `Column ${index + 1} has data but no header.`,
        });
      }
      return { header: name, field: null };
    }
    const column = byHeader.get(normaliseHeader(name));
    if (!column) {
      problems.push({
        row: 1,
        field: null,
        column: name,
        message: `Unknown column '${name}'. Known columns: ${spec.map((c) => c.headers.join(" / ")).join("; ")}.`,
      });
      return { header: name, field: null };
    }
    const already = headerOf.get(column.field);
    if (already !== undefined) {
      problems.push({
        row: 1,
        field: column.field,
        column: name,
        message: `Columns '${already}' and '${name}' both give ${column.field}.`,
      });
      return { header: name, field: null };
    }
    headerOf.set(column.field, name);
    return { header: name, field: column.field };
  });
  for (const column of spec) {
    if (column.required && !headerOf.has(column.field)) {
      problems.push({
        row: 1,
        field: column.field,
        column: null,
        message: `Missing column ${column.field} (${column.headers.slice(1).join(" / ")}).`,
      });
    }
  }
  if (problems.length > 0) {
    throw fileProblem(
      `The header row has ${problems.length} problem${problems.length > 1 ? "s" : ""}: ${problems.map((p) => p.message).join(" ")}`,
      problems,
    );
  }

  const rows: Table["rows"] = [];
  data.forEach((cells, i) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    const byField = new Map<string, string>();
    columns.forEach((column, index) => {
      if (column.field) byField.set(column.field, (cells[index] ?? "").trim());
    });
    const extra = cells.slice(columns.length).some((cell) => cell.trim() !== "");
    rows.push({ row: i + 2, cells: byField, extra });
  });
  if (rows.length === 0) {
    const message = "No data rows below the header.";
    throw fileProblem(message, [{ row: 2, field: null, column: null, message }]);
  }
  return { columns, rows, headerOf };
}

/** Collects the problems of one row, one per field at most. */
export class RowCheck {
  readonly errors: ImportRowError[] = [];
  private readonly failed = new Set<string | null>();

  constructor(
    readonly row: number,
    private readonly headerOf: Map<string, string>,
  ) {}

  fail(field: string | null, message: string) {
    if (this.failed.has(field)) return;
    this.failed.add(field);
    this.errors.push({
      row: this.row,
      field,
      column: field ? (this.headerOf.get(field) ?? null) : null,
      message,
    });
  }

  has(field: string) {
    return this.failed.has(field);
  }

  /** Adds the schema's problems, naming import fields (`communityId` → `community`, `location.lat` → `lat`). */
  schema(error: ZodError, fieldOf: (path: PropertyKey[]) => string) {
    for (const issue of error.issues) {
      const field = fieldOf(issue.path);
      if (!this.has(field)) this.fail(field, issue.message);
    }
  }
}

export function required(check: RowCheck, cells: Map<string, string>, field: string): string | undefined {
  const value = cells.get(field) ?? "";
  if (value === "") {
    check.fail(field, "Required.");
    return undefined;
  }
  return value;
}

/** A number as spreadsheets write it (`1200`, `1,200`, `12.5`); blank is undefined; else a row error. */
export function numberCell(check: RowCheck, cells: Map<string, string>, field: string, isRequired: boolean) {
  const value = cells.get(field) ?? "";
  if (value === "") {
    if (isRequired) check.fail(field, "Required.");
    return undefined;
  }
  const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(value) ? value.replaceAll(",", "") : value;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(plain)) {
    check.fail(field, `Not a number: '${value}'.`);
    return undefined;
  }
  return Number(plain);
}

const serviceModeByText = new Map<string, ServiceMode>([
  ...serviceModes.map((m) => [m.toLowerCase(), m] as const),
  ...serviceModes.map((m) => [serviceModeLabels[m].zh, m] as const),
  ...serviceModes.map((m) => [serviceModeLabels[m].en.toLowerCase(), m] as const),
  ...Object.entries(serviceModeAliases),
]);

export const booleanByText = new Map<string, boolean>([
  ["是", true],
  ["否", false],
  ["true", true],
  ["false", false],
  ["yes", true],
  ["no", false],
  ["y", true],
  ["n", false],
  ["1", true],
  ["0", false],
]);

export interface Checked<T> {
  report: ImportReport;
  inputs: { row: number; input: T }[];
}

export function finish<T>(table: Table, checks: RowCheck[], inputs: { row: number; input: T }[]): Checked<T> {
  const errors = checks.flatMap((c) => c.errors);
  return {
    report: {
      rows: table.rows.length,
      valid: checks.filter((c) => c.errors.length === 0).length,
      errors,
      committed: false,
      created: [],
    },
    inputs,
  };
}

// ---------------------------------------------------------------------------------------------
// Compounds

interface Community {
  id: string;
  name: string;
  code: string | null;
  parentName: string | null;
}

/** Active communities the reach may write in, with their parent's name (for ambiguity messages). */
async function communitiesWithin(tx: Tx, ctx: TenantServiceContext, reach: Reach): Promise<Community[]> {
  const parent = alias(regions, "parent");
  return tx
    .select({ id: regions.id, name: regions.name, code: regions.code, parentName: parent.name })
    .from(regions)
    .leftJoin(parent, and(eq(parent.tenantId, regions.tenantId), eq(parent.id, regions.parentId)))
    .where(
      and(
        eq(regions.tenantId, ctx.tenant.id),
        eq(regions.kind, "community"),
        isNull(regions.archivedAt),
        reach.kind === "region" ? like(regions.path, `${escapeLike(reach.path)}%`) : undefined,
      ),
    )
    .orderBy(asc(regions.id));
}

async function checkCompounds(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  table: Table,
): Promise<Checked<CreateCompoundInput>> {
  const communities = await communitiesWithin(tx, ctx, reach);
  const byId = new Map(communities.map((c) => [c.id, c]));
  const byCode = new Map(communities.flatMap((c) => (c.code ? [[c.code.toLowerCase(), c] as const] : [])));
  const byName = new Map<string, Community[]>();
  for (const c of communities) byName.set(c.name, [...(byName.get(c.name) ?? []), c]);

  const resolveCommunity = (check: RowCheck, value: string): Community | undefined => {
    const found = byId.get(value) ?? byCode.get(value.toLowerCase());
    if (found) return found;
    const named = byName.get(value) ?? [];
    if (named.length === 1) return named[0];
    if (named.length > 1) {
      const where = named.map((c) => c.parentName ?? "?").join(", ");
      check.fail(
        "community",
        `'${value}' names ${named.length} communities (under ${where}): give its code instead.`,
      );
    } else {
      check.fail("community", `No active community named or coded '${value}' in your part of the county.`);
    }
    return undefined;
  };

  const checks: RowCheck[] = [];
  const candidates: { check: RowCheck; input: CreateCompoundInput; community: Community }[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells, extra } of table.rows) {
    const check = new RowCheck(row, table.headerOf);
    checks.push(check);
    if (extra) check.fail(null, "The row has more cells than the header has columns.");
    const name = required(check, cells, "name");
    const address = required(check, cells, "address");
    const communityText = required(check, cells, "community");
    const community = communityText ? resolveCommunity(check, communityText) : undefined;
    const modeText = required(check, cells, "serviceMode");
    let serviceMode: ServiceMode | undefined;
    if (modeText) {
      serviceMode = serviceModeByText.get(modeText) ?? serviceModeByText.get(modeText.toLowerCase());
      if (!serviceMode) {
        check.fail(
          "serviceMode",
          `Unknown service mode '${modeText}': use ${serviceModes.join(", ")} or ${serviceModes.map((m) => serviceModeLabels[m].zh).join(", ")}.`,
        );
      }
    }
    const households = numberCell(check, cells, "households", true);
    const buildings = numberCell(check, cells, "buildings", true);
    const residentPartyMembers = numberCell(check, cells, "residentPartyMembers", false);
    const lat = numberCell(check, cells, "lat", false);
    const lng = numberCell(check, cells, "lng", false);
    const latGiven = (cells.get("lat") ?? "") !== "";
    const lngGiven = (cells.get("lng") ?? "") !== "";
    if (latGiven !== lngGiven) {
      check.fail(latGiven ? "lng" : "lat", "Give both latitude and longitude, or neither.");
    }

    const parsed = createCompoundSchema.safeParse({
      name: name ?? "-",
      address: address ?? "-",
      communityId: community?.id ?? "-",
      serviceMode: serviceMode ?? "none",
      households: households ?? 0,
      buildings: buildings ?? 0,
      ...(residentPartyMembers !== undefined ? { residentPartyMembers } : {}),
      ...(lat !== undefined && lng !== undefined ? { location: { lat, lng } } : {}),
    });
    if (!parsed.success) {
      check.schema(parsed.error, (path) => {
        const [head, sub] = path;
        if (head === "communityId") return "community";
        if (head === "location") return sub === "lng" ? "lng" : "lat";
        return String(head ?? "name");
      });
      continue;
    }
    if (!community || check.errors.length > 0) continue;
    const key = `${community.id}\u0000${parsed.data.name}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      check.fail("name", `Repeats row ${first}: the same compound name in the same community.`);
      continue;
    }
    firstRowOf.set(key, row);
    candidates.push({ check, input: parsed.data, community });
  }

  // Compounds already registered under the same name in the same community (e.g. a file imported twice).
  const communityIds = [...new Set(candidates.map((c) => c.community.id))];
  const existing = new Set(
    communityIds.length === 0
      ? []
      : (
          await tx
            .select({ name: compounds.name, communityId: compounds.communityId })
            .from(compounds)
            .where(
              and(
                eq(compounds.tenantId, ctx.tenant.id),
                inArray(compounds.communityId, communityIds),
                isNull(compounds.archivedAt),
              ),
            )
        ).map((c) => `${c.communityId}\u0000${c.name}`),
  );
  const inputs: { row: number; input: CreateCompoundInput }[] = [];
  for (const { check, input, community } of candidates) {
    if (existing.has(`${community.id}\u0000${input.name}`)) {
      check.fail("name", `A compound named '${input.name}' is already registered in ${community.name}.`);
    } else {
      inputs.push({ row: check.row, input });
    }
  }
  return finish(table, checks, inputs);
}

// ---------------------------------------------------------------------------------------------
// Companies

async function checkCompanies(
  tx: Tx,
  ctx: TenantServiceContext,
  table: Table,
): Promise<Checked<CreateCompanyInput>> {
  const checks: RowCheck[] = [];
  const candidates: { check: RowCheck; input: CreateCompanyInput }[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells, extra } of table.rows) {
    const check = new RowCheck(row, table.headerOf);
    checks.push(check);
    if (extra) check.fail(null, "The row has more cells than the header has columns.");
    const name = required(check, cells, "name");
    const uscc = required(check, cells, "uscc");
    const legalRepresentative = required(check, cells, "legalRepresentative");
    const phone = required(check, cells, "phone");
    const localText = cells.get("local") ?? "";
    let local: boolean | undefined;
    if (localText !== "") {
      local = booleanByText.get(localText.toLowerCase());
      if (local === undefined)
        check.fail("local", `Not yes or no: '${localText}'. Use 是 or 否 (or true / false).`);
    }
    const partyMembers = numberCell(check, cells, "partyMembers", false);
    const qualificationText = cells.get("qualification") ?? "";
    let qualification: CompanyQualification | undefined;
    if (qualificationText !== "") {
      qualification = qualificationByText.get(qualificationText.toLowerCase());
      if (qualification === undefined)
        check.fail(
          "qualification",
          `Not a qualification grade: '${qualificationText}'. Use 一级, 二级 or 三级.`,
        );
    }
    const figures = {
      registeredCapital: numberCell(check, cells, "registeredCapital", false),
      brandRank: numberCell(check, cells, "brandRank", false),
      projectsManaged: numberCell(check, cells, "projectsManaged", false),
      enteredCountyYear: numberCell(check, cells, "enteredCountyYear", false),
    };
    const yearProblem = entryYearProblem(figures.enteredCountyYear, currentYearOf(ctx));
    if (yearProblem) check.fail("enteredCountyYear", yearProblem);

    const parsed = createCompanySchema.safeParse({
      name: name ?? "-",
      uscc: uscc ?? "-",
      legalRepresentative: legalRepresentative ?? "-",
      phone: phone ?? "-",
      ...(local !== undefined ? { local } : {}),
      ...(partyMembers !== undefined ? { partyMembers } : {}),
      ...(qualification !== undefined ? { qualification } : {}),
      ...Object.fromEntries(Object.entries(figures).filter(([, v]) => v !== undefined)),
    });
    if (!parsed.success) {
      check.schema(parsed.error, (path) => String(path[0] ?? "name"));
      continue;
    }
    if (check.errors.length > 0) continue;
    const first = firstRowOf.get(parsed.data.uscc);
    if (first !== undefined) {
      check.fail("uscc", `Repeats row ${first}: the same unified social credit code.`);
      continue;
    }
    firstRowOf.set(parsed.data.uscc, row);
    candidates.push({ check, input: parsed.data });
  }

  const codes = candidates.map((c) => c.input.uscc);
  const taken = new Map(
    codes.length === 0
      ? []
      : (
          await tx
            .select({ uscc: companies.uscc, name: companies.name })
            .from(companies)
            .where(
              and(
                eq(companies.tenantId, ctx.tenant.id),
                inArray(companies.uscc, codes),
                isNull(companies.archivedAt),
              ),
            )
        ).map((c) => [c.uscc, c.name] as const),
  );
  const inputs: { row: number; input: CreateCompanyInput }[] = [];
  for (const { check, input } of candidates) {
    const holder = taken.get(input.uscc);
    if (holder !== undefined) {
      check.fail("uscc", `Already registered to the active company '${holder}'.`);
    } else {
      inputs.push({ row: check.row, input });
    }
  }
  return finish(table, checks, inputs);
}

// ---------------------------------------------------------------------------------------------
// The verbs

export interface ImportInput {
  /** The file's text (a leading BOM is ignored). */
  csv: string;
  /** Write the rows (all or none); otherwise only report. */
  commit: boolean;
}

/** Maps an insert function's field path (`body.communityId`) to the import's field. */
const importField = (path: string | undefined): string | null => {
  const field = path?.replace(/^body\./, "").split(".")[0];
  if (!field) return null;
  const renamed: Record<string, string> = {
    communityId: "community",
    compoundId: "compound",
    companyId: "company",
    parentId: "parent",
    projectManager: "projectManagerName",
    regionId: "unit",
    committeeId: "unit",
  };
  return renamed[field] ?? field;
};

export async function runImport<T>(
  ctx: TenantServiceContext,
  kind: ImportKind,
  input: ImportInput,
  spec: readonly ImportColumn[],
  authorise: (reach: Reach) => void,
  check: (tx: Tx, reach: Reach, table: Table) => Promise<Checked<T>>,
  insert: (tx: Tx, input: T) => Promise<{ id: string }>,
): Promise<ImportReport> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    authorise(reach);
    const table = readTable(input.csv, spec);
    const { report, inputs } = await check(tx, reach, table);
    if (!input.commit) return report;
    if (report.errors.length > 0) {
      const bad = new Set(report.errors.map((e) => e.row)).size;
      const first = report.errors
        .slice(0, 3)
        .map((e) => `row ${e.row}${e.column ? ` ${e.column}` : ""}: ${e.message}`)
        .join("; ");
      throw new AppError(
        "unprocessable",
        `${bad} of ${report.rows} rows have problems; nothing was imported (${first}${report.errors.length > 3 ? "; …" : ""}). See report.errors.`,
        { extensions: { report } },
      );
    }
    const created: { row: number; id: string }[] = [];
    for (const { row, input: rowInput } of inputs) {
      try {
        created.push({ row, id: (await insert(tx, rowInput)).id });
      } catch (error) {
        // Anything an insert refuses undoes the whole import (the transaction rolls back).
        if (
          error instanceof AppError &&
          (error.code === "unprocessable" || error.code === "conflict" || error.code === "not_found")
        ) {
          const errors: ImportRowError[] = (error.errors ?? [{ path: "", message: error.message }]).map(
            (e) => {
              const field = importField(e.path);
              return {
                row,
                field,
                column: field ? (table.headerOf.get(field) ?? null) : null,
                message: e.message,
              };
            },
          );
          throw new AppError(
            "unprocessable",
            `Row ${row} was refused; nothing was imported. See report.errors.`,
            {
              extensions: { report: { ...report, valid: report.valid - 1, errors } },
            },
          );
        }
        throw error;
      }
    }
    await audit(tx, ctx, ctx.tenant.id, {
      action: `import.${kind}`,
      targetType: "import",
      after: { rows: report.rows, created: created.length },
    });
    return { ...report, committed: true, created };
  });
}

/** Checks (and on `commit` writes) compounds from a CSV file; region staff import into their subtree. */
export function importCompounds(ctx: TenantServiceContext, input: ImportInput): Promise<ImportReport> {
  return runImport(
    ctx,
    "compounds",
    input,
    compoundImportColumns,
    assertMayWrite,
    (tx, reach, table) => checkCompounds(tx, ctx, reach, table),
    (tx, row) => insertCompound(tx, ctx, row),
  );
}

/** Checks (and on `commit` writes) property companies from a CSV file; county administrators only. */
export function importCompanies(ctx: TenantServiceContext, input: ImportInput): Promise<ImportReport> {
  return runImport(
    ctx,
    "companies",
    input,
    companyImportColumns,
    (reach) => assertCountyWide(reach, "the register of property companies"),
    (tx, _reach, table) => checkCompanies(tx, ctx, table),
    (tx, row) => insertCompany(tx, ctx, row),
  );
}
