import {
  type CompanyQualification,
  type CreateCompanyInput,
  companyQualificationLabels,
  companyQualifications,
  createCompanySchema,
  entryYearProblem,
} from "@propgov/core";
import { companies, type Tx } from "@propgov/db";
import { and, eq, inArray, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { assertCountyWide } from "../access/reach.js";
import { currentYearOf } from "../companies/checks.js";
import { insertCompany } from "../companies/create.js";
import { booleanByText, type Checked, finish, numberCell, RowCheck, required } from "./cells.js";
import type { ImportColumn, ImportReport } from "./report.js";
import { type ImportInput, runImport } from "./run.js";
import type { Table } from "./table.js";

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
