import {
  type CreateRegionInput,
  createRegionSchema,
  type RegionKind,
  regionKindLabels,
  regionKinds,
  regionParentProblem,
} from "@propgov/core";
import { regions, type Tx } from "@propgov/db";
import { and, eq, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { assertCountyWide } from "../access/reach.js";
import { insertRegion } from "../regions/create.js";
import { type Checked, enumCell, fieldOfPath, finish, RowCheck, required } from "./cells.js";
import { col, type ImportColumn, type ImportReport } from "./report.js";
import { type ImportInput, runImport } from "./run.js";
import type { Table } from "./table.js";

export const regionImportColumns: readonly ImportColumn[] = [
  col("name", ["名称", "区划名称"], true, "The region's name."),
  col("kind", ["类型", "层级"], true, "township | street | community, or 乡镇 / 街道 / 社区."),
  col(
    "code",
    ["代码", "区划代码", "编码"],
    false,
    "Its code (e.g. the statistical code); required for a parent.",
  ),
  col(
    "parent",
    ["上级代码", "上级", "parentCode"],
    false,
    "The parent's code, given earlier or later in the file or already registered; blank for a township or street.",
  ),
];

interface RegionRow {
  input: Omit<CreateRegionInput, "parentId">;
  parentCode: string | null;
}

async function checkRegions(tx: Tx, ctx: TenantServiceContext, table: Table): Promise<Checked<RegionRow>> {
  const existing = await tx
    .select({ id: regions.id, kind: regions.kind, code: regions.code, name: regions.name })
    .from(regions)
    .where(and(eq(regions.tenantId, ctx.tenant.id), isNull(regions.archivedAt)));
  const existingByCode = new Map(
    existing.flatMap((r) => (r.code ? [[r.code.toLowerCase(), r] as const] : [])),
  );
  // The file's own codes first, so a parent may come after its children.
  const fileKindByCode = new Map<string, { kind: RegionKind | undefined; row: number }>();
  for (const { row, cells } of table.rows) {
    const code = (cells.get("code") ?? "").toLowerCase();
    const kindText = cells.get("kind") ?? "";
    const kind = regionKinds.find((k) => k === kindText || regionKindLabels[k].zh === kindText);
    if (code && !fileKindByCode.has(code)) fileKindByCode.set(code, { kind, row });
  }

  const checks: RowCheck[] = [];
  const inputs: { row: number; input: RegionRow }[] = [];
  for (const { row, cells, extra } of table.rows) {
    const check = new RowCheck(row, table.headerOf);
    checks.push(check);
    if (extra) check.fail(null, "The row has more cells than the header has columns.");
    const name = required(check, cells, "name");
    const kind = enumCell(check, cells, "kind", regionKinds, regionKindLabels);
    const code = cells.get("code") || undefined;
    const parentCode = cells.get("parent") || null;
    const parsed = createRegionSchema.safeParse({
      kind: kind ?? "township",
      name: name ?? "-",
      ...(code ? { code } : {}),
    });
    if (!parsed.success) check.schema(parsed.error, fieldOfPath({}));
    if (code) {
      const first = fileKindByCode.get(code.toLowerCase());
      if (first && first.row !== row) check.fail("code", `Repeats row ${first.row}: the same region code.`);
      const holder = existingByCode.get(code.toLowerCase());
      if (holder)
        check.fail("code", `The code '${code}' is already held by the active region '${holder.name}'.`);
    }
    let parentKind: RegionKind | null = null;
    if (parentCode) {
      const inFile = fileKindByCode.get(parentCode.toLowerCase());
      const registered = existingByCode.get(parentCode.toLowerCase());
      if (inFile) parentKind = inFile.kind ?? null;
      else if (registered) parentKind = registered.kind;
      else {
        check.fail("parent", `No region coded '${parentCode}' in the file or registered.`);
        continue;
      }
    }
    if (kind && !check.has("parent")) {
      const problem = regionParentProblem(kind, parentKind);
      if (problem) check.fail("parent", problem);
    }
    if (check.errors.length > 0 || !parsed.success) continue;
    inputs.push({ row, input: { input: parsed.data, parentCode } });
  }
  // Parents before children: townships and streets (no parent) first, then communities.
  inputs.sort((a, b) => Number(a.input.parentCode !== null) - Number(b.input.parentCode !== null));
  return finish(table, checks, inputs);
}

export function importRegions(ctx: TenantServiceContext, input: ImportInput): Promise<ImportReport> {
  const idByCode = new Map<string, string>();
  return runImport(
    ctx,
    "regions",
    input,
    regionImportColumns,
    (reach) => assertCountyWide(reach, "the region tree by import"),
    async (tx, _reach, table) => {
      const checked = await checkRegions(tx, ctx, table);
      const rows = await tx
        .select({ id: regions.id, code: regions.code })
        .from(regions)
        .where(and(eq(regions.tenantId, ctx.tenant.id), isNull(regions.archivedAt)));
      for (const r of rows) if (r.code) idByCode.set(r.code.toLowerCase(), r.id);
      return checked;
    },
    async (tx, row) => {
      const parentId = row.parentCode ? idByCode.get(row.parentCode.toLowerCase()) : undefined;
      const created = await insertRegion(tx, ctx, { ...row.input, parentId: parentId ?? null });
      if (row.input.code) idByCode.set(row.input.code.toLowerCase(), created.id);
      return created;
    },
  ).then((report) => ({ ...report, created: [...report.created].sort((a, b) => a.row - b.row) }));
}
