import {
  type CommitteeMember,
  type CompanyQualification,
  type IdKind,
  newId,
  type RegionKind,
  type ServiceMode,
} from "@propgov/core";
import {
  committees,
  companies,
  compounds,
  contracts,
  partyOrgs,
  regions,
  type Tx,
  withTenant,
} from "@propgov/db";
import type { Harness } from "./harness.js";

/**
 * Registry rows written straight into a tenant (no API, no audit), for suites that need a known
 * world: the coverage KPIs and the bulk import. Every helper returns the new row's id.
 */
export interface Seeder {
  region(
    kind: RegionKind,
    name: string,
    options?: { parent?: string; code?: string; archived?: boolean },
  ): string;
  compound(
    communityId: string,
    name: string,
    options?: {
      serviceMode?: ServiceMode;
      selfManagedSince?: string;
      residentPartyMembers?: number;
      archived?: boolean;
    },
  ): string;
  committee(
    compoundId: string,
    formedOn: string,
    termEndsOn: string,
    options?: { partyMembers?: number; members?: number; archived?: boolean },
  ): string;
  company(
    name: string,
    uscc: string,
    options?: {
      partyMembers?: number;
      archived?: boolean;
      local?: boolean;
      brandRank?: number | null;
      qualification?: CompanyQualification | null;
      enteredCountyYear?: number | null;
    },
  ): string;
  contract(companyId: string, compoundId: string, startsOn: string, endsOn: string): string;
  partyOrg(
    attach: { compoundId: string } | { committeeId: string } | { companyId: string } | { regionId: string },
    options?: { formedOn?: string | null; archived?: boolean; memberCount?: number; name?: string },
  ): string;
}

const ARCHIVED_AT = new Date("2026-01-02T00:00:00Z");

/**
 * Collects inserts, then writes them in one transaction of `tenantId`: `await seed(h, id, (s) => …)`.
 * Ids are made here, so a helper can use the id of a row written before it in the same batch.
 */
export async function seed<T>(h: Harness, tenantId: string, build: (s: Seeder) => T): Promise<T> {
  const steps: ((tx: Tx) => Promise<unknown>)[] = [];
  const paths = new Map<string, string>();
  let clock = Date.now();
  const id = (kind: IdKind) => newId(kind, ++clock);
  const archivedAt = (archived?: boolean) => (archived ? ARCHIVED_AT : null);

  const seeder: Seeder = {
    region(kind, name, options = {}) {
      const rid = id("region");
      const path = `${options.parent ? paths.get(options.parent) : ""}${rid}/`;
      paths.set(rid, path);
      steps.push((tx) =>
        tx.insert(regions).values({
          tenantId,
          id: rid,
          kind,
          parentId: options.parent ?? null,
          name,
          code: options.code ?? null,
          path,
          archivedAt: archivedAt(options.archived),
        }),
      );
      return rid;
    },
    compound(communityId, name, options = {}) {
      const cid = id("compound");
      steps.push((tx) =>
        tx.insert(compounds).values({
          tenantId,
          id: cid,
          name,
          address: `${name}路1号`,
          communityId,
          buildings: 10,
          households: 300,
          serviceMode: options.serviceMode ?? "professional",
          selfManagedSince: options.selfManagedSince ?? null,
          residentPartyMembers: options.residentPartyMembers ?? 0,
          archivedAt: archivedAt(options.archived),
        }),
      );
      return cid;
    },
    committee(compoundId, formedOn, termEndsOn, options = {}) {
      const kid = id("committee");
      const total = Math.max(options.members ?? 3, options.partyMembers ?? 0);
      const members: CommitteeMember[] = Array.from({ length: total }, (_, i) => ({
        name: `委员${i + 1}`,
        role: i === 0 ? "chair" : "member",
        isPartyMember: i < (options.partyMembers ?? 0),
      }));
      steps.push((tx) =>
        tx.insert(committees).values({
          tenantId,
          id: kid,
          compoundId,
          formedOn,
          termEndsOn,
          members,
          archivedAt: archivedAt(options.archived),
        }),
      );
      return kid;
    },
    company(name, uscc, options = {}) {
      const cid = id("company");
      steps.push((tx) =>
        tx.insert(companies).values({
          tenantId,
          id: cid,
          name,
          uscc,
          legalRepresentative: "张三",
          phone: "13812345678",
          partyMembers: options.partyMembers ?? 0,
          local: options.local ?? true,
          brandRank: options.brandRank ?? null,
          qualification: options.qualification ?? null,
          enteredCountyYear: options.enteredCountyYear ?? null,
          archivedAt: archivedAt(options.archived),
        }),
      );
      return cid;
    },
    contract(companyId, compoundId, startsOn, endsOn) {
      const kid = id("contract");
      steps.push((tx) =>
        tx.insert(contracts).values({
          tenantId,
          id: kid,
          companyId,
          compoundId,
          startsOn,
          endsOn,
          feeStandard: "1.20",
          projectManagerName: "李经理",
          projectManagerPhone: "13912345678",
        }),
      );
      return kid;
    },
    partyOrg(attach, options = {}) {
      const pid = id("partyOrg");
      const kind =
        "compoundId" in attach
          ? "compoundBranch"
          : "committeeId" in attach
            ? "committeeBranch"
            : "companyId" in attach
              ? "companyBranch"
              : "communityCommittee";
      steps.push((tx) =>
        tx.insert(partyOrgs).values({
          tenantId,
          id: pid,
          kind,
          ...attach,
          name: options.name ?? null,
          memberCount: options.memberCount ?? 3,
          formedOn: options.formedOn ?? null,
          archivedAt: archivedAt(options.archived),
        }),
      );
      return pid;
    },
  };

  const result = build(seeder);
  await withTenant(h.deps.db.db, tenantId, async (tx) => {
    for (const step of steps) await step(tx);
  });
  return result;
}

/**
 * The coverage world of the KPI suite, on the day ON = 2026-06-15 unless a test says otherwise.
 *
 * ```
 * county ─┬─ street S (code S01) ─┬─ community C1 (C1) ── a (professional, 5 party members)
 *         │                       │                       b (none, 3)
 *         │                       └─ community C2 (C2) ── c (selfManaged, 0)
 *         ├─ township T (T01) ──── community C3 (C3) ──── d (professional, 4)
 *         │                                               e (none, 10, ARCHIVED)
 *         ├─ township U (U01, no communities)
 *         └─ township X (archived)
 * ```
 *
 * - committees: ka of a 2026-01-01…2028-12-31, 3 party members, with a committee branch;
 *   kc of c 2023-01-01…2025-12-31 (out of term on ON), no party members;
 *   kd of d 2026-07-01…2029-06-30 (not yet in term on ON), 1 party member;
 *   ke of the archived e, in term, 5 party members, with a branch (never counts);
 *   ka2 of b, archived, in term (never counts).
 * - party orgs: branch of a formed 2026-03-01; branch of d archived; branch of e.
 * - companies: x (4 party members, branch formed long ago) serves a 2026-01-01…2026-07-31;
 *   y (10, no branch) serves nothing; z (5, branch formed 2026-09-01) serves d all of 2026;
 *   w archived (5, with a branch, serves a).
 */
export async function seedCoverageWorld(h: Harness, tenantId: string) {
  return seed(h, tenantId, (s) => {
    const S = s.region("street", "城关街道", { code: "S01" });
    const C1 = s.region("community", "东关社区", { parent: S, code: "C1" });
    const C2 = s.region("community", "西关社区", { parent: S, code: "C2" });
    const T = s.region("township", "坛城镇", { code: "T01" });
    const C3 = s.region("community", "坛城社区", { parent: T, code: "C3" });
    const U = s.region("township", "岳坊镇", { code: "U01" });
    const X = s.region("township", "旧乡", { archived: true });

    const a = s.compound(C1, "阳光小区", { serviceMode: "professional", residentPartyMembers: 5 });
    const b = s.compound(C1, "幸福小区", { serviceMode: "none", residentPartyMembers: 3 });
    const c = s.compound(C2, "和平小区", {
      serviceMode: "selfManaged",
      selfManagedSince: "2025-01-01",
      residentPartyMembers: 0,
    });
    const d = s.compound(C3, "坛城花园", { serviceMode: "professional", residentPartyMembers: 4 });
    const e = s.compound(C3, "旧城小区", { serviceMode: "none", residentPartyMembers: 10, archived: true });

    const ka = s.committee(a, "2026-01-01", "2028-12-31", { partyMembers: 3, members: 5 });
    const kc = s.committee(c, "2023-01-01", "2025-12-31", { partyMembers: 0 });
    const kd = s.committee(d, "2026-07-01", "2029-06-30", { partyMembers: 1 });
    const ke = s.committee(e, "2026-01-01", "2028-12-31", { partyMembers: 5 });
    s.committee(b, "2026-01-01", "2028-12-31", { partyMembers: 3, archived: true });

    s.partyOrg({ compoundId: a }, { formedOn: "2026-03-01" });
    s.partyOrg({ committeeId: ka });
    s.partyOrg({ compoundId: d }, { archived: true });
    s.partyOrg({ compoundId: e });
    s.partyOrg({ committeeId: ke });
    s.partyOrg({ regionId: C1 });

    const x = s.company("城关物业", "91341622MA2N000018", { partyMembers: 4 });
    const y = s.company("县城物业", "91341622MA2N000026", { partyMembers: 10 });
    const z = s.company("坛城物业", "91341622MA2N000034", { partyMembers: 5 });
    const w = s.company("旧物业", "91341622MA2N000042", { partyMembers: 5, archived: true });
    s.partyOrg({ companyId: x }, { formedOn: "2020-01-01" });
    s.partyOrg({ companyId: z }, { formedOn: "2026-09-01" });
    s.partyOrg({ companyId: w });
    s.contract(x, a, "2026-01-01", "2026-07-31");
    s.contract(z, d, "2026-01-01", "2026-12-31");
    s.contract(w, a, "2026-01-01", "2026-12-31");

    return { S, C1, C2, T, C3, U, X, a, b, c, d, e, ka, kc, kd, ke, x, y, z, w };
  });
}
