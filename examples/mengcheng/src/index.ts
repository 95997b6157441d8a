import type { RegistrySeed } from "@propgov/api";
import { cases } from "./cases.js";
import {
  bodies,
  committees,
  companies,
  compounds,
  contracts,
  credit,
  departments,
  disclosures,
  lifecycleEvents,
  meetings,
  nominations,
  partyOrgs,
  regions,
  staff,
  tasks,
  venues,
} from "./data.js";

export { SAMPLE_NOTICE } from "./data.js";

/** The tenant itself, as the server creates it on first start. */
export const mengchengTenant = {
  slug: "mengcheng",
  name: "蒙城县",
  divisionCode: "341622",
  timezone: "Asia/Shanghai",
  /** Case numbers read MC-2026-000123 (蒙城, Mengcheng). */
  settings: { caseNumberPrefix: "MC" },
} as const;

/** The demo registry, loaded into `mengcheng` on first start with an empty database. */
export const mengchengSeed: RegistrySeed = {
  regions,
  departments,
  companies,
  compounds,
  contracts,
  committees,
  partyOrgs,
  bodies,
  staff,
  venues,
  cases,
  meetings,
  disclosures,
  tasks,
  credit,
  lifecycleEvents,
  nominations,
};
