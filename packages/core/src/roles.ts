import { z } from "zod";

/**
 * Roles. `platformAdmin` belongs to the platform realm (it manages tenants); the others are
 * held by users of one tenant, several of them scoped to a part of that county.
 */
export const tenantRoles = [
  "countyAdmin",
  "dispatcher",
  "regionStaff",
  "departmentOfficer",
  "companyStaff",
  "committeeMember",
] as const;
export type TenantRole = (typeof tenantRoles)[number];

export const platformRoles = ["platformAdmin"] as const;
export type PlatformRole = (typeof platformRoles)[number];

export type Role = TenantRole | PlatformRole;

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  platformAdmin: { zh: "平台管理员", en: "Platform administrator" },
  countyAdmin: { zh: "县级管理员", en: "County administrator" },
  dispatcher: { zh: "12345派单员", en: "12345 dispatcher" },
  regionStaff: { zh: "乡镇(街道)/社区工作人员", en: "Township / community staff" },
  departmentOfficer: { zh: "职能部门人员", en: "Department officer" },
  companyStaff: { zh: "物业服务企业人员", en: "Property company staff" },
  committeeMember: { zh: "业主委员会成员", en: "Owners' committee member" },
};

/** Which scope key a role requires; `null` means the role spans the whole tenant. */
export const roleScopeKey: Record<TenantRole, ScopeKey | null> = {
  countyAdmin: null,
  /** County-wide: dispatches work orders, handles returns and extensions, calls residents back. */
  dispatcher: null,
  regionStaff: "regionId",
  departmentOfficer: "departmentId",
  companyStaff: "companyId",
  committeeMember: "compoundId",
};

export const scopeKeys = ["regionId", "departmentId", "companyId", "compoundId"] as const;
export type ScopeKey = (typeof scopeKeys)[number];

const scopeTarget = z.string().min(1).max(64);

/**
 * The part of the county a user or API key acts in. At most one key is set. Targets that
 * later issues add (regions, departments, companies, compounds) are stored now and enforced
 * when those resources exist.
 */
export const scopeSchema = z
  .object({
    regionId: scopeTarget.optional(),
    departmentId: scopeTarget.optional(),
    companyId: scopeTarget.optional(),
    compoundId: scopeTarget.optional(),
  })
  .strict()
  .refine((s) => Object.values(s).filter((v) => v !== undefined).length <= 1, {
    message: "A scope names at most one of regionId, departmentId, companyId, compoundId.",
  });
export type Scope = z.infer<typeof scopeSchema>;

export const tenantRoleSchema = z.enum(tenantRoles);

/**
 * Checks that roles and scope fit together: every scoped role needs its scope key, and a
 * scope must be needed by some role. Returns the messages of what is wrong (empty when fine).
 */
export function checkRoleScope(roles: readonly TenantRole[], scope: Scope | null | undefined) {
  const problems: { path: string; message: string }[] = [];
  const given = scope
    ? (Object.entries(scope).filter(([, v]) => v !== undefined)[0]?.[0] as ScopeKey | undefined)
    : undefined;
  const needed = new Set<ScopeKey>();
  for (const role of roles) {
    const key = roleScopeKey[role];
    if (key) needed.add(key);
  }
  if (needed.size > 1) {
    problems.push({
      path: "roles",
      message: `Roles ${[...needed].join(", ")} need different scopes; give such a person one account per scope.`,
    });
  }
  for (const key of needed) {
    if (given !== key) {
      const roleNames = roles.filter((r) => roleScopeKey[r] === key).join(", ");
      problems.push({ path: `scope.${key}`, message: `Role ${roleNames} requires scope.${key}.` });
    }
  }
  if (given && !needed.has(given)) {
    problems.push({ path: `scope.${given}`, message: `No role given needs scope.${given}.` });
  }
  return problems;
}
