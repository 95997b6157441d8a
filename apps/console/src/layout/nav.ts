import type { Role } from "../api/session";
import type { MessageKey } from "../i18n/messages";

export interface NavItem {
  path: string;
  label: MessageKey;
  /** Who sees it; the API enforces the same, this only keeps the menu honest. */
  roles: readonly Role[];
}

export interface NavGroup {
  label: MessageKey;
  items: NavItem[];
}

const admin: readonly Role[] = ["countyAdmin"];
const registryReaders: readonly Role[] = ["countyAdmin", "regionStaff"];
/** Credit files: read by region staff too; department officers read them and file penalties. */
export const creditUsers: readonly Role[] = ["countyAdmin", "regionStaff", "departmentOfficer"];
const everyone: readonly Role[] = [
  "countyAdmin",
  "regionStaff",
  "departmentOfficer",
  "companyStaff",
  "committeeMember",
];

/** Everyone of a county, the 12345 dispatcher too: the front-line pages. */
export const tenantUsers: readonly Role[] = [...everyone, "dispatcher"];
/** Who has tasks (责任清单): the units that own them and those who issue them. */
export const taskUsers: readonly Role[] = everyone;
/** Who issues tasks (the API's task issuers). */
export const taskIssuers: readonly Role[] = ["countyAdmin", "regionStaff"];
/** Who reads meetings; the county and region staff also plan and hold them. */
export const meetingReaders: readonly Role[] = [
  "countyAdmin",
  "regionStaff",
  "companyStaff",
  "committeeMember",
];
export const meetingWriters: readonly Role[] = ["countyAdmin", "regionStaff"];
/** Who reads disclosures (信息公示) and who publishes them (the API's publisher roles). */
export const disclosureReaders: readonly Role[] = [
  "countyAdmin",
  "regionStaff",
  "companyStaff",
  "committeeMember",
];
export const disclosurePublishers: readonly Role[] = disclosureReaders;
/** Who reads lifecycle events (全生命周期事项), and who records sign-offs on them. */
export const lifecycleReaders: readonly Role[] = everyone;
export const lifecycleWriters: readonly Role[] = ["countyAdmin", "regionStaff"];
/** Who files a case for a walk-in or phone caller. */
export const caseFilers: readonly Role[] = ["countyAdmin", "dispatcher", "regionStaff"];

export const registryResources = [
  "regions",
  "compounds",
  "companies",
  "contracts",
  "committees",
  "partyOrgs",
  "departments",
  "bodies",
  "staff",
  "venues",
] as const satisfies readonly MessageKey[];

export type RegistryResource = (typeof registryResources)[number];

export const navigation: NavGroup[] = [
  { label: "menuDashboard", items: [{ path: "/", label: "menuDashboard", roles: everyone }] },
  {
    label: "menuFrontline",
    items: [
      { path: "/work", label: "workQueue", roles: tenantUsers },
      { path: "/work/new", label: "fileCase", roles: caseFilers },
      { path: "/work/tasks", label: "myTasks", roles: taskUsers },
      { path: "/work/meetings", label: "meetings", roles: meetingReaders },
      { path: "/work/disclosures", label: "disclosures", roles: disclosureReaders },
      { path: "/work/lifecycle", label: "lifecycleEvents", roles: lifecycleReaders },
      { path: "/inbox", label: "inbox", roles: tenantUsers },
      { path: "/notification-preferences", label: "notificationPreferences", roles: tenantUsers },
    ],
  },
  {
    label: "menuRegistry",
    items: registryResources.map((resource) => ({
      path: `/registry/${resource}`,
      label: resource,
      roles: registryReaders,
    })),
  },
  {
    label: "menuWork",
    items: [
      { path: "/cases", label: "cases", roles: registryReaders },
      { path: "/tasks", label: "tasks", roles: registryReaders },
    ],
  },
  {
    label: "menuMechanism",
    items: [{ path: "/mechanism", label: "policies", roles: admin }],
  },
  {
    label: "menuEvaluations",
    items: [
      { path: "/evaluations", label: "evaluations", roles: admin },
      { path: "/findings", label: "findings", roles: registryReaders },
    ],
  },
  {
    label: "menuAssessments",
    items: [
      { path: "/assessments", label: "assessments", roles: admin },
      { path: "/credit", label: "credit", roles: creditUsers },
    ],
  },
  {
    label: "menuAdmin",
    items: [
      { path: "/users", label: "users", roles: admin },
      { path: "/api-keys", label: "apiKeys", roles: admin },
      { path: "/settings", label: "settings", roles: admin },
      { path: "/audit", label: "audit", roles: admin },
    ],
  },
];

/** The menu as this person may see it: groups with no visible item disappear. */
export function visibleNavigation(roles: readonly Role[]): NavGroup[] {
  return navigation
    .map((group) => ({
      ...group,
      items: group.items.filter((item) => item.roles.some((r) => roles.includes(r))),
    }))
    .filter((group) => group.items.length > 0);
}

export function mayVisit(roles: readonly Role[], path: string): boolean {
  const item = navigation.flatMap((g) => g.items).find((i) => i.path === path);
  return !item || item.roles.some((r) => roles.includes(r));
}
