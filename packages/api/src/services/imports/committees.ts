import {
  type CommitteeMember,
  type CreateCommitteeInput,
  committeeRoleLabels,
  createCommitteeSchema,
  rangesOverlap,
} from "@propgov/core";
import { committees, type Tx } from "@propgov/db";
import { and, eq, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { assertCountyWide, type Reach } from "../access/reach.js";
import { insertCommittee } from "../committees/create.js";
import { type Checked, dateCell, fieldOfPath, finish, namesOf, RowCheck, required } from "./cells.js";
import { activeCompounds, lookup } from "./lookups.js";
import { col, type ImportColumn, type ImportReport } from "./report.js";
import { type ImportInput, runImport } from "./run.js";
import type { Table } from "./table.js";

export const committeeImportColumns: readonly ImportColumn[] = [
  col("compound", ["小区", "小区名称"], true, "The compound: its id or exact name."),
  col("formedOn", ["成立日期"], true, "Day formed (YYYY-MM-DD or YYYY/M/D)."),
  col("termEndsOn", ["任期届满", "届满日期"], true, "Day the term ends."),
  col("chair", ["主任"], false, "The chair's name."),
  col("viceChairs", ["副主任"], false, "Vice chairs' names, separated by 、 , ; or spaces."),
  col("members", ["委员"], false, "Other members' names."),
  col("partyMembers", ["党员"], false, "Which of the names above are party members."),
];

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
