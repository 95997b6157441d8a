import {
  type CommitteeMember,
  type CreateCommitteeInput,
  type CreateContractInput,
  type CreatePartyOrgInput,
  type CreateRegionInput,
  committeeRoleLabels,
  createCommitteeSchema,
  createContractSchema,
  createPartyOrgSchema,
  createRegionSchema,
  type PartyOrgKind,
  partyOrgAttachmentOf,
  partyOrgKindLabels,
  partyOrgKinds,
  type RegionKind,
  rangesOverlap,
  regionKindLabels,
  regionKinds,
  regionParentProblem,
} from "@propgov/core";
import { committees, companies, compounds, contracts, regions, type Tx } from "@propgov/db";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { assertCountyWide, type Reach } from "./access/reach.js";
import { insertCommittee } from "./committees.js";
import { insertContract } from "./contracts.js";
import {
  type Checked,
  finish,
  type ImportColumn,
  type ImportInput,
  type ImportReport,
  numberCell,
  RowCheck,
  required,
  runImport,
  type Table,
} from "./imports.js";
import { insertPartyOrg } from "./party-orgs.js";
import { insertRegion } from "./regions.js";

/**
 * Bulk import of the rest of the registry a new county keeps in spreadsheets: its region tree
 * (parents named by code, in the file or already registered), contracts, owners' committees and
 * party organisations. The same shape as the compound and company imports (`imports.ts`): check
 * the whole file, report every row's problems, write all rows or none. County administrators only.
 */

const col = (field: string, headers: string[], required: boolean, description: string): ImportColumn => ({
  field,
  headers: [field, ...headers],
  required,
  description,
});

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

export const committeeImportColumns: readonly ImportColumn[] = [
  col("compound", ["小区", "小区名称"], true, "The compound: its id or exact name."),
  col("formedOn", ["成立日期"], true, "Day formed (YYYY-MM-DD or YYYY/M/D)."),
  col("termEndsOn", ["任期届满", "届满日期"], true, "Day the term ends."),
  col("chair", ["主任"], false, "The chair's name."),
  col("viceChairs", ["副主任"], false, "Vice chairs' names, separated by 、 , ; or spaces."),
  col("members", ["委员"], false, "Other members' names."),
  col("partyMembers", ["党员"], false, "Which of the names above are party members."),
];

export const partyOrgImportColumns: readonly ImportColumn[] = [
  col(
    "kind",
    ["类型", "党组织类型"],
    true,
    `${partyOrgKinds.join(" | ")}, or ${partyOrgKinds.map((k) => partyOrgKindLabels[k].zh).join(" / ")}.`,
  ),
  col("name", ["名称", "党组织名称"], false, "Its name."),
  col(
    "unit",
    ["所属单位", "依托单位"],
    true,
    "What it belongs to, by its kind: a community (code, id or name), a compound (id or name), a company (USCC, id or name) or the compound whose committee it is.",
  ),
  col("memberCount", ["党员数"], true, "Party members."),
  col("formedOn", ["成立日期"], false, "Day formed."),
];

/** A date as spreadsheets write it (`2026-01-05`, `2026/1/5`, `2026.1.5`, `2026年1月5日`) as YYYY-MM-DD. */
function dateCell(check: RowCheck, cells: Map<string, string>, field: string, isRequired: boolean) {
  const value = cells.get(field) ?? "";
  if (value === "") {
    if (isRequired) check.fail(field, "Required.");
    return undefined;
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value);
  if (!m) {
    check.fail(field, `Not a date: '${value}'. Use YYYY-MM-DD.`);
    return undefined;
  }
  return `${m[1]}-${m[2]?.padStart(2, "0")}-${m[3]?.padStart(2, "0")}`;
}

function enumCell<T extends string>(
  check: RowCheck,
  cells: Map<string, string>,
  field: string,
  values: readonly T[],
  labels: Record<T, { zh: string; en: string }>,
): T | undefined {
  const value = required(check, cells, field);
  if (!value) return undefined;
  const found = values.find(
    (v) =>
      v.toLowerCase() === value.toLowerCase() ||
      labels[v].zh === value ||
      labels[v].en.toLowerCase() === value.toLowerCase(),
  );
  if (!found) {
    check.fail(
      field,
      `Unknown value '${value}': use ${values.join(", ")} or ${values.map((v) => labels[v].zh).join(", ")}.`,
    );
  }
  return found;
}

/** Names in one cell: separated by 、，, ; ； or whitespace. */
const namesOf = (cell: string | undefined) =>
  (cell ?? "")
    .split(/[、，,;；\s]+/)
    .map((n) => n.trim())
    .filter((n) => n !== "");

/** Maps schema paths to import fields: `body.x.y` → the first segment, renamed where the file differs. */
const fieldOfPath =
  (renamed: Record<string, string>) =>
  (path: PropertyKey[]): string => {
    const head = String(path[0] ?? "");
    return renamed[head] ?? head;
  };

// ---------------------------------------------------------------------------------------------
// Lookups: a unit named in a cell by id, code or exact name; an ambiguous name is a row error.

interface Named {
  id: string;
  name: string;
  code?: string | null;
}

function lookup<T extends Named>(rows: T[], what: string) {
  const byKey = new Map<string, T>();
  const byName = new Map<string, T[]>();
  for (const r of rows) {
    byKey.set(r.id, r);
    if (r.code) byKey.set(r.code.toLowerCase(), r);
    byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  }
  return (check: RowCheck, field: string, value: string): T | undefined => {
    const found = byKey.get(value) ?? byKey.get(value.toLowerCase());
    if (found) return found;
    const named = byName.get(value) ?? [];
    if (named.length === 1) return named[0];
    check.fail(
      field,
      named.length > 1
        ? `'${value}' names ${named.length} ${what}s: give its id${rows.some((r) => r.code) ? " or code" : ""} instead.`
        : `No active ${what} named or coded '${value}'.`,
    );
    return undefined;
  };
}

const activeCompounds = (tx: Tx, ctx: TenantServiceContext) =>
  tx
    .select({ id: compounds.id, name: compounds.name })
    .from(compounds)
    .where(and(eq(compounds.tenantId, ctx.tenant.id), isNull(compounds.archivedAt)))
    .orderBy(asc(compounds.id));

const activeCompanies = (tx: Tx, ctx: TenantServiceContext) =>
  tx
    .select({ id: companies.id, name: companies.name, code: companies.uscc })
    .from(companies)
    .where(and(eq(companies.tenantId, ctx.tenant.id), isNull(companies.archivedAt)))
    .orderBy(asc(companies.id));

// ---------------------------------------------------------------------------------------------
// Regions

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

// ---------------------------------------------------------------------------------------------
// Contracts

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

// ---------------------------------------------------------------------------------------------
// Committees

async function checkCommittees(
  tx: Tx,
  ctx: TenantServiceContext,
  table: Table,
): Promise<Checked<CreateCommitteeInput>> {
  const findCompound = lookup(await activeCompounds(tx, ctx), "compound");
  const existing = await tx
    .select({
      compoundId: committees.compoundId,
      startsOn: committees.formedOn,
      endsOn: committees.termEndsOn,
    })
    .from(committees)
    .where(and(eq(committees.tenantId, ctx.tenant.id), isNull(committees.archivedAt)));
  const taken = existing.map((c) => ({ ...c, row: null as number | null }));

  const checks: RowCheck[] = [];
  const inputs: { row: number; input: CreateCommitteeInput }[] = [];
  for (const { row, cells, extra } of table.rows) {
    const check = new RowCheck(row, table.headerOf);
    checks.push(check);
    if (extra) check.fail(null, "The row has more cells than the header has columns.");
    const compoundText = required(check, cells, "compound");
    const compound = compoundText ? findCompound(check, "compound", compoundText) : undefined;
    const formedOn = dateCell(check, cells, "formedOn", true);
    const termEndsOn = dateCell(check, cells, "termEndsOn", true);
    const chairs = namesOf(cells.get("chair"));
    if (chairs.length > 1) check.fail("chair", "One chair at most.");
    const party = new Set(namesOf(cells.get("partyMembers")));
    const members: CommitteeMember[] = [
      ...chairs.map((name) => ({ name, role: "chair" as const, isPartyMember: party.has(name) })),
      ...namesOf(cells.get("viceChairs")).map((name) => ({
        name,
        role: "viceChair" as const,
        isPartyMember: party.has(name),
      })),
      ...namesOf(cells.get("members")).map((name) => ({
        name,
        role: "member" as const,
        isPartyMember: party.has(name),
      })),
    ];
    const named = new Set(members.map((m) => m.name));
    const stranger = [...party].find((n) => !named.has(n));
    if (stranger) check.fail("partyMembers", `'${stranger}' is not among the chair, vice chairs or members.`);
    if (members.length === 0)
      check.fail(
        "members",
        `Give at least one member (${committeeRoleLabels.chair.zh}, ${committeeRoleLabels.viceChair.zh} or ${committeeRoleLabels.member.zh}).`,
      );
    const parsed = createCommitteeSchema.safeParse({
      compoundId: compound?.id ?? "-",
      formedOn: formedOn ?? "2000-01-01",
      termEndsOn: termEndsOn ?? "2000-01-02",
      members: members.length > 0 ? members : [{ name: "-", role: "member", isPartyMember: false }],
    });
    if (!parsed.success) {
      check.schema(parsed.error, fieldOfPath({ compoundId: "compound" }));
      continue;
    }
    if (check.errors.length > 0 || !compound) continue;
    const term = { startsOn: parsed.data.formedOn, endsOn: parsed.data.termEndsOn };
    const clash = taken.find((c) => c.compoundId === compound.id && rangesOverlap(c, term));
    if (clash) {
      check.fail(
        "formedOn",
        clash.row
          ? `Overlaps the term of row ${clash.row} for the same compound.`
          : `${compound.name} has a committee in term meanwhile (${clash.startsOn} – ${clash.endsOn}).`,
      );
      continue;
    }
    taken.push({ compoundId: compound.id, ...term, row });
    inputs.push({ row, input: parsed.data });
  }
  return finish(table, checks, inputs);
}

export function importCommittees(ctx: TenantServiceContext, input: ImportInput): Promise<ImportReport> {
  let reachSeen: Reach = { kind: "none" };
  return runImport(
    ctx,
    "committees",
    input,
    committeeImportColumns,
    (reach) => {
      assertCountyWide(reach, "owners' committees by import");
      reachSeen = reach;
    },
    (tx, _reach, table) => checkCommittees(tx, ctx, table),
    (tx, row) => insertCommittee(tx, ctx, reachSeen, row),
  );
}

// ---------------------------------------------------------------------------------------------
// Party organisations

async function checkPartyOrgs(
  tx: Tx,
  ctx: TenantServiceContext,
  table: Table,
): Promise<Checked<CreatePartyOrgInput>> {
  const communities = await tx
    .select({ id: regions.id, name: regions.name, code: regions.code })
    .from(regions)
    .where(
      and(eq(regions.tenantId, ctx.tenant.id), eq(regions.kind, "community"), isNull(regions.archivedAt)),
    );
  const compoundRows = await activeCompounds(tx, ctx);
  const findCompany = lookup(await activeCompanies(tx, ctx), "company");
  const committeeRows = await tx
    .select({ id: committees.id, compoundId: committees.compoundId, termEndsOn: committees.termEndsOn })
    .from(committees)
    .where(and(eq(committees.tenantId, ctx.tenant.id), isNull(committees.archivedAt)))
    .orderBy(asc(committees.formedOn));
  const finders: Record<PartyOrgKind, (check: RowCheck, value: string) => string | undefined> = {
    communityCommittee: (check, v) => lookup(communities, "community")(check, "unit", v)?.id,
    compoundBranch: (check, v) => lookup(compoundRows, "compound")(check, "unit", v)?.id,
    companyBranch: (check, v) => findCompany(check, "unit", v)?.id,
    committeeBranch: (check, v) => {
      const compound = lookup(compoundRows, "compound")(check, "unit", v);
      if (!compound) return undefined;
      // The compound's latest committee.
      const latest = committeeRows.filter((c) => c.compoundId === compound.id).at(-1);
      if (!latest) check.fail("unit", `${compound.name} has no owners' committee registered.`);
      return latest?.id;
    },
  };

  const checks: RowCheck[] = [];
  const inputs: { row: number; input: CreatePartyOrgInput }[] = [];
  for (const { row, cells, extra } of table.rows) {
    const check = new RowCheck(row, table.headerOf);
    checks.push(check);
    if (extra) check.fail(null, "The row has more cells than the header has columns.");
    const kind = enumCell(check, cells, "kind", partyOrgKinds, partyOrgKindLabels);
    const unitText = required(check, cells, "unit");
    const unitId = kind && unitText ? finders[kind](check, unitText) : undefined;
    const memberCount = numberCell(check, cells, "memberCount", true);
    const formedOn = dateCell(check, cells, "formedOn", false);
    const name = cells.get("name") || undefined;
    const k = kind ?? "compoundBranch";
    const parsed = createPartyOrgSchema.safeParse({
      kind: k,
      ...(name ? { name } : {}),
      [partyOrgAttachmentOf[k]]: unitId ?? "-",
      memberCount: memberCount ?? 0,
      ...(formedOn ? { formedOn } : {}),
    });
    if (!parsed.success) {
      check.schema(
        parsed.error,
        fieldOfPath({ regionId: "unit", compoundId: "unit", companyId: "unit", committeeId: "unit" }),
      );
      continue;
    }
    if (check.errors.length > 0) continue;
    inputs.push({ row, input: parsed.data });
  }
  return finish(table, checks, inputs);
}

export function importPartyOrgs(ctx: TenantServiceContext, input: ImportInput): Promise<ImportReport> {
  let reachSeen: Reach = { kind: "none" };
  return runImport(
    ctx,
    "partyOrgs",
    input,
    partyOrgImportColumns,
    (reach) => {
      assertCountyWide(reach, "party organisations by import");
      reachSeen = reach;
    },
    (tx, _reach, table) => checkPartyOrgs(tx, ctx, table),
    (tx, row) => insertPartyOrg(tx, ctx, reachSeen, row),
  );
}
