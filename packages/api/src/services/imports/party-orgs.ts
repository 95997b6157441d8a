import {
  type CreatePartyOrgInput,
  createPartyOrgSchema,
  type PartyOrgKind,
  partyOrgAttachmentOf,
  partyOrgKindLabels,
  partyOrgKinds,
} from "@propgov/core";
import { committees, regions, type Tx } from "@propgov/db";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { assertCountyWide, type Reach } from "../access/reach.js";
import { insertPartyOrg } from "../party-orgs/create.js";
import {
  type Checked,
  dateCell,
  enumCell,
  fieldOfPath,
  finish,
  numberCell,
  RowCheck,
  required,
} from "./cells.js";
import { activeCompanies, activeCompounds, lookup } from "./lookups.js";
import { col, type ImportColumn, type ImportReport } from "./report.js";
import { type ImportInput, runImport } from "./run.js";
import type { Table } from "./table.js";

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
