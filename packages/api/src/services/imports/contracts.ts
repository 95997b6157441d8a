import { type CreateContractInput, createContractSchema, rangesOverlap } from "@propgov/core";
import { contracts, type Tx } from "@propgov/db";
import { and, eq, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { assertCountyWide, type Reach } from "../access/reach.js";
import { insertContract } from "../contracts/create.js";
import { type Checked, dateCell, fieldOfPath, finish, numberCell, RowCheck, required } from "./cells.js";
import { activeCompanies, activeCompounds, lookup } from "./lookups.js";
import { col, type ImportColumn, type ImportReport } from "./report.js";
import { type ImportInput, runImport } from "./run.js";
import type { Table } from "./table.js";

export const contractImportColumns: readonly ImportColumn[] = [
  col("company", ["物业企业", "企业", "统一社会信用代码"], true, "The company: its USCC, id or exact name."),
  col(
    "compound",
    ["小区", "小区名称"],
    true,
    "The compound: its id or exact name (an ambiguous name is a row error).",
  ),
  col("startsOn", ["开始日期", "起始日期"], true, "First day (YYYY-MM-DD or YYYY/M/D)."),
  col("endsOn", ["结束日期", "截止日期"], true, "Last day."),
  col("feeStandard", ["收费标准", "物业费标准"], true, "Yuan per m² per month, two decimals at most."),
  col("projectManagerName", ["项目经理"], true, "The project manager's name."),
  col("projectManagerPhone", ["项目经理电话", "联系电话"], true, "The project manager's phone."),
];

async function checkContracts(
  tx: Tx,
  ctx: TenantServiceContext,
  table: Table,
): Promise<Checked<CreateContractInput>> {
  const findCompany = lookup(await activeCompanies(tx, ctx), "company");
  const findCompound = lookup(await activeCompounds(tx, ctx), "compound");
  const existing = await tx
    .select({ compoundId: contracts.compoundId, startsOn: contracts.startsOn, endsOn: contracts.endsOn })
    .from(contracts)
    .where(and(eq(contracts.tenantId, ctx.tenant.id), isNull(contracts.archivedAt)));
  const taken = existing.map((c) => ({ ...c, row: null as number | null }));

  const checks: RowCheck[] = [];
  const inputs: { row: number; input: CreateContractInput }[] = [];
  for (const { row, cells, extra } of table.rows) {
    const check = new RowCheck(row, table.headerOf);
    checks.push(check);
    if (extra) check.fail(null, "The row has more cells than the header has columns.");
    const companyText = required(check, cells, "company");
    const company = companyText ? findCompany(check, "company", companyText) : undefined;
    const compoundText = required(check, cells, "compound");
    const compound = compoundText ? findCompound(check, "compound", compoundText) : undefined;
    const startsOn = dateCell(check, cells, "startsOn", true);
    const endsOn = dateCell(check, cells, "endsOn", true);
    const feeStandard = numberCell(check, cells, "feeStandard", true);
    const pmName = required(check, cells, "projectManagerName");
    const pmPhone = required(check, cells, "projectManagerPhone");
    const parsed = createContractSchema.safeParse({
      companyId: company?.id ?? "-",
      compoundId: compound?.id ?? "-",
      startsOn: startsOn ?? "2000-01-01",
      endsOn: endsOn ?? "2000-01-01",
      feeStandard: feeStandard ?? 0,
      projectManager: { name: pmName ?? "-", phone: pmPhone ?? "13800000000" },
    });
    if (!parsed.success) {
      check.schema(parsed.error, (path) => {
        if (path[0] === "projectManager")
          return path[1] === "phone" ? "projectManagerPhone" : "projectManagerName";
        return fieldOfPath({ companyId: "company", compoundId: "compound" })(path);
      });
      continue;
    }
    if (check.errors.length > 0 || !compound) continue;
    const clash = taken.find((c) => c.compoundId === compound.id && rangesOverlap(c, parsed.data));
    if (clash) {
      check.fail(
        "startsOn",
        clash.row
          ? `Overlaps the contract of row ${clash.row} for the same compound.`
          : `Overlaps a registered contract of ${compound.name} (${clash.startsOn} – ${clash.endsOn}).`,
      );
      continue;
    }
    taken.push({ compoundId: compound.id, startsOn: parsed.data.startsOn, endsOn: parsed.data.endsOn, row });
    inputs.push({ row, input: parsed.data });
  }
  return finish(table, checks, inputs);
}

export function importContracts(ctx: TenantServiceContext, input: ImportInput): Promise<ImportReport> {
  let reachSeen: Reach = { kind: "none" };
  return runImport(
    ctx,
    "contracts",
    input,
    contractImportColumns,
    (reach) => {
      assertCountyWide(reach, "contracts by import");
      reachSeen = reach;
    },
    (tx, _reach, table) => checkContracts(tx, ctx, table),
    (tx, row) => insertContract(tx, ctx, reachSeen, row),
  );
}
