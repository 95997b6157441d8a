import {
  AppError,
  type CandidateVerdict,
  type CreateNominationInput,
  type CreditGrade,
  type CultivateExcellenceConfig,
  configOf,
  cultivateExcellence,
  type DisclosureJudge,
  type ExcellenceEvidence,
  gatherExcellenceEvidence,
  judgeCandidate,
  type Label,
  type Mechanism,
  type NominationActionName,
  type NominationLevel,
  type NominationStatus,
  newId,
  nominationActionSide,
  nominationAllowedActions,
  nominationTransition,
  type Period,
  type PolicyCase,
  type PolicyDisclosure,
  type PolicyView,
  parsePeriod,
} from "@propgov/core";
import {
  auditEvents,
  companies,
  compounds,
  contracts,
  excellenceNominations,
  PgCode,
  pgErrorCode,
  type Tx,
} from "@propgov/db";
import { and, asc, eq, gt, ne, type SQL, sql } from "drizzle-orm";
import type { TenantServiceContext } from "../context.js";
import { compoundsWithin, type Reach, reachOf } from "./access/reach.js";
import { actorIdOf, actorOf, audit } from "./audit.js";
import { creditToday, eligibilityOf, gradesOn } from "./credit.js";
import { asOfFor } from "./evaluations.js";
import { currentMechanism } from "./mechanism.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { loadPolicyView } from "./policy-view.js";
import { tenantToday } from "./time.js";
import { inTenant } from "./tx.js";

// ---------------------------------------------------------------------------------------------
// Views

/** A contract as the excellence views name it. */
export interface ExcellenceContract {
  id: string;
  companyId: string;
  companyName: string;
  compoundId: string;
  compoundName: string;
  startsOn: string;
  endsOn: string;
}

/** A contract judged by the criteria of the cultivateExcellence policy for a year. */
export interface ContractEvaluation extends CandidateVerdict {
  year: number;
  assessedOn: string;
  evidence: ExcellenceEvidence;
}

export interface NominationView {
  id: string;
  contract: ExcellenceContract;
  level: NominationLevel;
  year: number;
  status: NominationStatus;
  note: string | null;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
  /** When it left `nominated` (withdrawn, awarded or rejected). */
  decidedAt: Date | null;
  /** Who withdrew, awarded or rejected it (a user or an API key). */
  decidedBy: string | null;
  /** The note of the withdrawal or award, or the reason of the rejection. */
  decisionNote: string | null;
  allowedActions: NominationActionName[];
}

/** One step of a nomination's history, from the audit trail. */
export interface NominationHistoryEntry {
  action: "nominate" | NominationActionName;
  at: Date;
  actorType: string;
  actorId: string | null;
  /** The note of the nomination or a withdrawal or award; the reason of a rejection. */
  note: string | null;
}

export interface NominationDetail extends NominationView {
  /** The criteria as they stand now for its contract and year; null when the contract is archived. */
  evaluation: ContractEvaluation | null;
  history: NominationHistoryEntry[];
}

export interface CandidateEntry {
  contract: ExcellenceContract;
  evaluation: ContractEvaluation;
}

export interface CandidatesView {
  year: number;
  assessedOn: string;
  /** Whether the tenant's mechanism enables cultivateExcellence (its config applies either way). */
  policyEnabled: boolean;
  /** Every criterion met. */
  candidates: CandidateEntry[];
  /** None failed, some not evaluable (e.g. disclosures where the policy does not run). */
  pending: CandidateEntry[];
  /** At least one criterion failed. */
  notEligible: CandidateEntry[];
}

type Row = typeof excellenceNominations.$inferSelect;
type ContractRow = ExcellenceContract & { archivedAt: Date | null };

const AUDIT_TARGET = "excellenceNomination";

const nominationView = (row: Row, contract: ExcellenceContract): NominationView => ({
  id: row.id,
  contract,
  level: row.level,
  year: row.year,
  status: row.status,
  note: row.note,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  decidedAt: row.decidedAt,
  decidedBy: row.decidedBy,
  decisionNote: row.decisionNote,
  allowedActions: nominationAllowedActions(row.status),
});

// ---------------------------------------------------------------------------------------------
// Reach

/**
 * Contracts a reach may see (a condition on contracts joined with compounds): the county all;
 * region staff those of compounds in their subtree; company staff their company's. Others none.
 */
function contractsWithin(reach: Reach): SQL | undefined {
  switch (reach.kind) {
    case "county":
      return undefined;
    case "region":
      return compoundsWithin(reach);
    case "company":
      return eq(contracts.companyId, reach.companyId);
    default:
      return sql`false`;
  }
}

const contractColumns = {
  id: contracts.id,
  companyId: contracts.companyId,
  companyName: companies.name,
  compoundId: contracts.compoundId,
  compoundName: compounds.name,
  startsOn: contracts.startsOn,
  endsOn: contracts.endsOn,
  archivedAt: contracts.archivedAt,
};

/** Contracts joined with their company's and compound's names. */
const contractQuery = (tx: Tx) =>
  tx
    .select(contractColumns)
    .from(contracts)
    .innerJoin(
      companies,
      and(eq(companies.tenantId, contracts.tenantId), eq(companies.id, contracts.companyId)),
    )
    .innerJoin(
      compounds,
      and(eq(compounds.tenantId, contracts.tenantId), eq(compounds.id, contracts.compoundId)),
    );

const contractOf = ({ archivedAt: _, ...c }: ContractRow): ExcellenceContract => c;

// ---------------------------------------------------------------------------------------------
// Evaluation

/** The cultivateExcellence config of the tenant's mechanism (defaults where it says nothing). */
const excellenceConfig = (mechanism: Mechanism) =>
  configOf(cultivateExcellence, mechanism.policies.cultivateExcellence?.config) as CultivateExcellenceConfig;

/** How the disclosure criterion is judged in this tenant: its informationDisclosure policy, if it runs. */
function disclosureJudge(ctx: TenantServiceContext, mechanism: Mechanism): DisclosureJudge {
  const policy = ctx.deps.policies.get("informationDisclosure");
  const entry = mechanism.policies.informationDisclosure;
  if (!policy || !entry?.enabled) {
    const reason: Label = {
      zh: "本县机制未启用信息公示制度，公示是否齐全暂无法评价。",
      en: "The county's mechanism does not enable informationDisclosure: completeness cannot be judged.",
    };
    return { unavailable: reason };
  }
  return { policy, config: configOf(policy, entry.config), context: { mechanism } };
}

interface YearJudge {
  year: number;
  period: Period;
  view: PolicyView;
  config: CultivateExcellenceConfig;
  policyEnabled: boolean;
  disclosures: DisclosureJudge;
  /** The view's contracts by id, and its cases and disclosures by compound (each contract reads its own). */
  contracts: Map<string, PolicyView["contracts"][number]>;
  /** Each company's credit grade on the assessment day (信用档案). */
  creditGrades: Map<string, CreditGrade>;
  casesOf: Map<string, PolicyCase[]>;
  disclosuresOf: Map<string, PolicyDisclosure[]>;
}

const groupBy = <T>(items: readonly T[], key: (item: T) => string | null) => {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
};

/**
 * Reads what a year is judged on, in the caller's transaction: the county's policy view for the
 * year (its cases, disclosures and project-manager changes) as of the year's last day, or today
 * while the year runs, and the tenant's configs.
 */
async function yearJudge(tx: Tx, ctx: TenantServiceContext, year: number): Promise<YearJudge> {
  const period = parsePeriod(String(year));
  const mechanism = (await currentMechanism(tx, ctx)).document;
  const view = await loadPolicyView(tx, ctx, asOfFor(period, tenantToday(ctx)), period);
  return {
    year,
    period,
    view,
    config: excellenceConfig(mechanism),
    policyEnabled: mechanism.policies.cultivateExcellence?.enabled === true,
    disclosures: disclosureJudge(ctx, mechanism),
    contracts: new Map(view.contracts.map((k) => [k.id, k])),
    casesOf: groupBy(view.cases ?? [], (c) => c.compoundId),
    disclosuresOf: groupBy(view.disclosures ?? [], (d) => d.compoundId),
    creditGrades: await gradesOn(tx, ctx, view.asOf),
  };
}

/** One contract judged for the year; null when the view does not hold it (archived). */
function judgeContract(judge: YearJudge, contractId: string): ContractEvaluation | null {
  const contract = judge.contracts.get(contractId);
  if (!contract) return null;
  const evidence = gatherExcellenceEvidence({
    contract,
    // Only the compound's cases and disclosures: the same judgement, without reading the county's.
    view: {
      ...judge.view,
      cases: judge.casesOf.get(contract.compoundId) ?? [],
      disclosures: judge.disclosuresOf.get(contract.compoundId) ?? [],
    },
    year: judge.period,
    config: judge.config,
    disclosures: judge.disclosures,
    // The company's credit grade on the assessment day; every company has one (the base score).
    creditGrade: judge.creditGrades.get(contract.companyId) ?? null,
  });
  return {
    year: judge.year,
    assessedOn: judge.view.asOf,
    ...judgeCandidate(evidence, judge.config),
    evidence,
  };
}

/**
 * `GET /excellence/candidates?year=`: every contract the caller may see that runs at some time in
 * the year (not archived), of local companies or the others when `local` is given, judged by the criteria, split into candidates (all met), pending (none
 * failed, some not yet evaluable) and not eligible; each with its figures.
 */
export async function listCandidates(
  ctx: TenantServiceContext,
  input: { year: number; local?: boolean | undefined },
): Promise<CandidatesView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const judge = await yearJudge(tx, ctx, input.year);
    const rows = await contractQuery(tx)
      .where(
        and(
          eq(contracts.tenantId, ctx.tenant.id),
          sql`${contracts.archivedAt} is null`,
          sql`${contracts.startsOn} <= ${judge.period.end}`,
          sql`${contracts.endsOn} >= ${judge.period.start}`,
          contractsWithin(reach),
          input.local === undefined ? undefined : eq(companies.local, input.local),
        ),
      )
      .orderBy(asc(companies.name), asc(compounds.name), asc(contracts.id));
    const out: CandidatesView = {
      year: input.year,
      assessedOn: judge.view.asOf,
      policyEnabled: judge.policyEnabled,
      candidates: [],
      pending: [],
      notEligible: [],
    };
    for (const row of rows) {
      const evaluation = judgeContract(judge, row.id);
      if (!evaluation) continue;
      const entry = { contract: contractOf(row), evaluation };
      if (evaluation.eligible) out.candidates.push(entry);
      else if (evaluation.pending) out.pending.push(entry);
      else out.notEligible.push(entry);
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// Nominations

const nominationQuery = (tx: Tx) =>
  tx
    .select({ nomination: excellenceNominations, contract: contractColumns })
    .from(excellenceNominations)
    .innerJoin(
      contracts,
      and(
        eq(contracts.tenantId, excellenceNominations.tenantId),
        eq(contracts.id, excellenceNominations.contractId),
      ),
    )
    .innerJoin(
      companies,
      and(eq(companies.tenantId, contracts.tenantId), eq(companies.id, contracts.companyId)),
    )
    .innerJoin(
      compounds,
      and(eq(compounds.tenantId, contracts.tenantId), eq(compounds.id, contracts.compoundId)),
    );

async function findNomination(
  tx: Tx,
  ctx: TenantServiceContext,
  reach: Reach,
  id: string,
  lock = false,
): Promise<{ nomination: Row; contract: ContractRow }> {
  const query = nominationQuery(tx).where(
    and(
      eq(excellenceNominations.tenantId, ctx.tenant.id),
      eq(excellenceNominations.id, id),
      contractsWithin(reach),
    ),
  );
  const [row] = lock ? await query.for("update", { of: excellenceNominations }) : await query;
  if (!row) throw new AppError("not_found", `Nomination '${id}' was not found.`);
  return row;
}

const duplicate = (input: CreateNominationInput, existing?: { id: string; status: string }) =>
  new AppError(
    "conflict",
    `Contract '${input.contractId}' is already nominated for ${input.level} in ${input.year}${existing ? ` (nomination '${existing.id}', ${existing.status})` : ""}; a contract is nominated once per level and year, unless that nomination was withdrawn.`,
    {
      errors: [
        { path: "body.contractId", message: `Already nominated for ${input.level} in ${input.year}.` },
      ],
      ...(existing ? { extensions: { existingId: existing.id, existingStatus: existing.status } } : {}),
    },
  );

/**
 * Nominates a contract (申报): the county any contract, a company its own. The contract must be
 * active (not archived) and run at some time in the year, and the level one the tenant's
 * cultivateExcellence config lists; once per contract, level and year (409), a withdrawn
 * nomination leaving room for a new one.
 */
export async function createNomination(
  ctx: TenantServiceContext,
  input: CreateNominationInput,
): Promise<NominationView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    if (reach.kind !== "county" && reach.kind !== "company") {
      throw new AppError(
        "forbidden",
        "County administrators and companies (for their own contracts) nominate.",
      );
    }
    const [contract] = await contractQuery(tx)
      .where(
        and(
          eq(contracts.tenantId, ctx.tenant.id),
          eq(contracts.id, input.contractId),
          contractsWithin(reach),
        ),
      )
      .for("update", { of: contracts });
    if (!contract) {
      throw new AppError("unprocessable", `Contract '${input.contractId}' was not found among yours.`, {
        errors: [{ path: "body.contractId", message: "No such contract within your reach." }],
      });
    }
    if (contract.archivedAt) {
      throw new AppError("unprocessable", `Contract '${input.contractId}' is archived.`, {
        errors: [{ path: "body.contractId", message: "The contract is archived." }],
      });
    }
    if (contract.startsOn > `${input.year}-12-31` || contract.endsOn < `${input.year}-01-01`) {
      throw new AppError(
        "unprocessable",
        `Contract '${input.contractId}' runs from ${contract.startsOn} to ${contract.endsOn}, not in ${input.year}.`,
        { errors: [{ path: "body.year", message: `The contract does not run in ${input.year}.` }] },
      );
    }
    const config = excellenceConfig((await currentMechanism(tx, ctx)).document);
    if (!config.candidates.levels.includes(input.level)) {
      throw new AppError(
        "unprocessable",
        `This county does not put contracts forward for ${input.level} excellent projects.`,
        {
          errors: [
            {
              path: "body.level",
              message: `One of the county's levels: ${config.candidates.levels.join(", ")}.`,
            },
          ],
        },
      );
    }
    const [existing] = await tx
      .select({ id: excellenceNominations.id, status: excellenceNominations.status })
      .from(excellenceNominations)
      .where(
        and(
          eq(excellenceNominations.tenantId, ctx.tenant.id),
          eq(excellenceNominations.contractId, input.contractId),
          eq(excellenceNominations.level, input.level),
          eq(excellenceNominations.year, input.year),
          ne(excellenceNominations.status, "withdrawn"),
        ),
      );
    if (existing) throw duplicate(input, existing);

    const now = ctx.deps.now();
    const p = ctx.principal;
    let row: Row | undefined;
    try {
      [row] = await tx
        .insert(excellenceNominations)
        .values({
          tenantId: ctx.tenant.id,
          id: newId("nomination", now.getTime()),
          contractId: input.contractId,
          level: input.level,
          year: input.year,
          status: "nominated",
          note: input.note ?? null,
          createdBy: p?.kind === "platformUser" ? null : actorIdOf(p),
          createdAt: now,
          updatedAt: now,
        })
        .returning();
    } catch (error) {
      // A concurrent nomination of the same contract, level and year won the race.
      if (pgErrorCode(error) === PgCode.uniqueViolation) throw duplicate(input);
      throw error;
    }
    if (!row) throw new Error("insert returned nothing");
    const view = nominationView(row, contractOf(contract));
    await audit(tx, ctx, ctx.tenant.id, {
      action: "excellenceNomination.create",
      targetType: AUDIT_TARGET,
      targetId: row.id,
      after: { ...view, decisionNote: input.note ?? null },
    });
    return view;
  });
}

export interface ListNominationsInput {
  year?: number | undefined;
  level?: NominationLevel | undefined;
  status?: NominationStatus | undefined;
  limit: number;
  cursor?: string | undefined;
}

/** Nominations the caller may see (county all, region staff their subtree's compounds, a company its own), oldest first. */
export async function listNominations(
  ctx: TenantServiceContext,
  input: ListNominationsInput,
): Promise<Page<NominationView>> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const rows = await nominationQuery(tx)
      .where(
        and(
          eq(excellenceNominations.tenantId, ctx.tenant.id),
          input.year !== undefined ? eq(excellenceNominations.year, input.year) : undefined,
          input.level ? eq(excellenceNominations.level, input.level) : undefined,
          input.status ? eq(excellenceNominations.status, input.status) : undefined,
          input.cursor ? gt(excellenceNominations.id, decodeCursor(input.cursor)) : undefined,
          contractsWithin(reach),
        ),
      )
      .orderBy(asc(excellenceNominations.id))
      .limit(input.limit + 1);
    return toPage(
      rows.map((r) => nominationView(r.nomination, contractOf(r.contract))),
      input.limit,
    );
  });
}

const actionOf = (auditAction: string): NominationHistoryEntry["action"] | null => {
  const verb = auditAction.split(".")[1];
  if (verb === "create") return "nominate";
  return verb === "withdraw" || verb === "award" || verb === "reject" ? verb : null;
};

async function historyOf(tx: Tx, ctx: TenantServiceContext, id: string): Promise<NominationHistoryEntry[]> {
  const rows = await tx
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.tenantId, ctx.tenant.id),
        eq(auditEvents.targetType, AUDIT_TARGET),
        eq(auditEvents.targetId, id),
      ),
    )
    .orderBy(asc(auditEvents.at), asc(auditEvents.id));
  return rows.flatMap((r) => {
    const action = actionOf(r.action);
    if (!action) return [];
    const after = (r.after ?? {}) as { decisionNote?: unknown };
    return [
      {
        action,
        at: r.at,
        actorType: r.actorType,
        actorId: r.actorId,
        note: typeof after.decisionNote === "string" ? after.decisionNote : null,
      },
    ];
  });
}

/** A nomination with the current evaluation of its contract for its year and its history. */
export async function getNomination(ctx: TenantServiceContext, id: string): Promise<NominationDetail> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const { nomination, contract } = await findNomination(tx, ctx, reach, id);
    const judge = await yearJudge(tx, ctx, nomination.year);
    return {
      ...nominationView(nomination, contractOf(contract)),
      evaluation: judgeContract(judge, contract.id),
      history: await historyOf(tx, ctx, id),
    };
  });
}

export type NominationAction =
  | { type: "withdraw"; note?: string | undefined }
  | { type: "award"; note?: string | undefined }
  | { type: "reject"; reason: string };

/**
 * Moves a nomination on: the applicant side withdraws (the company whose contract it is, or the
 * county), the county awards or rejects (with a reason). The decision is audited with the
 * criteria as they stood at that moment.
 */
/**
 * 评优评先 follows credit (信用等级与评优评先挂钩): a project is awarded only while its company's
 * credit allows an award on the decision day (by default grade A or better and no blacklist
 * record in force), else 422 with the reasons, in Chinese and English.
 */
async function assertAwardable(tx: Tx, ctx: TenantServiceContext, contract: ContractRow): Promise<void> {
  const company = { id: contract.companyId, name: contract.companyName, uscc: "" };
  const standing = await eligibilityOf(tx, ctx, company, "award", creditToday(ctx));
  if (standing.allowed) return;
  const why = standing.reasons.map((r) => r.en).join(" ");
  throw new AppError("unprocessable", `${contract.companyName} may not receive an award: ${why}`, {
    errors: [{ path: "path.id", message: `The company's credit does not allow an award: ${why}` }],
    extensions: { grade: standing.grade, score: standing.score, reasons: standing.reasons },
  });
}

export async function actOnNomination(
  ctx: TenantServiceContext,
  id: string,
  action: NominationAction,
): Promise<NominationView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    const { nomination, contract } = await findNomination(tx, ctx, reach, id, true);
    const side = nominationActionSide[action.type];
    if (reach.kind !== "county" && !(side === "applicant" && reach.kind === "company")) {
      throw new AppError(
        "forbidden",
        side === "county"
          ? "Only county administrators award or reject nominations."
          : "Only the company whose contract it is, or a county administrator, withdraws a nomination.",
      );
    }
    const status = nominationTransition(nomination.status, action.type);
    if (action.type === "award") await assertAwardable(tx, ctx, contract);
    const now = ctx.deps.now();
    const decisionNote = action.type === "reject" ? action.reason : (action.note ?? null);
    const [row] = await tx
      .update(excellenceNominations)
      .set({
        status,
        decidedAt: now,
        decidedBy: actorOf(ctx.principal).actorId,
        decisionNote,
        updatedAt: now,
      })
      .where(and(eq(excellenceNominations.tenantId, ctx.tenant.id), eq(excellenceNominations.id, id)))
      .returning();
    if (!row) throw new Error("update returned nothing");
    const view = nominationView(row, contractOf(contract));
    const evaluation =
      action.type === "withdraw" ? null : judgeContract(await yearJudge(tx, ctx, row.year), contract.id);
    await audit(tx, ctx, ctx.tenant.id, {
      action: `excellenceNomination.${action.type}`,
      targetType: AUDIT_TARGET,
      targetId: id,
      before: { status: nomination.status },
      after: {
        status,
        decisionNote,
        ...(evaluation
          ? {
              evaluation: {
                assessedOn: evaluation.assessedOn,
                eligible: evaluation.eligible,
                pending: evaluation.pending,
                criteria: evaluation.criteria.map((c) => ({ code: c.code, status: c.status })),
              },
            }
          : {}),
      },
    });
    return view;
  });
}
