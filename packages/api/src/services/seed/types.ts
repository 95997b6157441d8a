import type { RegionKind } from "@propgov/core";
import type { DisclosureSeed, MeetingSeed } from "./activity.js";
import type { CaseSeed } from "./cases.js";
import type { CreditSeed, LifecycleSeed, NominationSeed, TaskSeed } from "./records.js";

/**
 * A whole registry as one document, its parts referring to each other by `key` instead of ids:
 * how a county's initial map (or the Mengcheng demo) is loaded in one go.
 */
export interface RegistrySeed {
  regions: RegionSeed[];
  departments: readonly unknown[];
  companies: readonly ({ key: string } & Record<string, unknown>)[];
  compounds: readonly ({
    key: string;
    community: string;
    guarantor?: { name: string; phone: string };
  } & Record<string, unknown>)[];
  contracts: readonly ({ company: string; compound: string } & Record<string, unknown>)[];
  committees: readonly ({ compound: string } & Record<string, unknown>)[];
  partyOrgs: readonly ({
    kind: string;
    region?: string;
    compound?: string;
    company?: string;
    committeeOf?: string;
  } & Record<string, unknown>)[];
  /** The mechanism's units, each at a region or a compound (by key). */
  bodies?: readonly UnitSeed[];
  staff?: readonly UnitSeed[];
  venues?: readonly UnitSeed[];
  /** Cases with their history, at times relative to the load (a demo's recent work). */
  cases?: readonly CaseSeed[];
  /** Joint consultations held in periods before the load. */
  meetings?: readonly MeetingSeed[];
  /** Disclosures published for windows before the load, on time or late. */
  disclosures?: readonly DisclosureSeed[];
  /** Responsibility tasks in every state of their loop. */
  tasks?: readonly TaskSeed[];
  /** Credit records (awards, findings, penalties), with objections. */
  credit?: readonly CreditSeed[];
  /** Key steps in compounds' lives with their sign-offs (全过程参与). */
  lifecycleEvents?: readonly LifecycleSeed[];
  /** Nominations of contracts for excellent projects (评优). */
  nominations?: readonly NominationSeed[];
}

export type UnitSeed = { region?: string; compound?: string } & Record<string, unknown>;

export interface RegionSeed {
  key: string;
  kind: RegionKind;
  name: string;
  code?: string | null;
  children?: RegionSeed[];
}

export interface SeedResult {
  regions: number;
  departments: number;
  companies: number;
  compounds: number;
  contracts: number;
  committees: number;
  partyOrgs: number;
  bodies: number;
  staff: number;
  venues: number;
  cases: number;
  /** Meetings and disclosures written: those of the seed that fall before the load. */
  meetings: number;
  disclosures: number;
  tasks: number;
  creditRecords: number;
  lifecycleEvents: number;
  nominations: number;
}
