import { describe, expect, it } from "vitest";
import { checkRoleScope, scopeSchema } from "../src/index.js";

describe("roles and scopes", () => {
  it("a county admin needs no scope", () => {
    expect(checkRoleScope(["countyAdmin"], null)).toEqual([]);
  });

  it("each scoped role needs its own scope key", () => {
    expect(checkRoleScope(["regionStaff"], { regionId: "reg_1" })).toEqual([]);
    expect(checkRoleScope(["departmentOfficer"], { departmentId: "dep_1" })).toEqual([]);
    expect(checkRoleScope(["companyStaff"], { companyId: "cmp_1" })).toEqual([]);
    expect(checkRoleScope(["committeeMember"], { compoundId: "cpd_1" })).toEqual([]);
    expect(checkRoleScope(["regionStaff"], undefined).map((p) => p.path)).toEqual(["scope.regionId"]);
    expect(checkRoleScope(["regionStaff"], { companyId: "cmp_1" }).map((p) => p.path)).toEqual([
      "scope.regionId",
      "scope.companyId",
    ]);
  });

  it("a county admin may also hold one scoped role", () => {
    expect(checkRoleScope(["countyAdmin", "regionStaff"], { regionId: "reg_1" })).toEqual([]);
  });

  it("roles that need different scopes cannot share one account", () => {
    expect(
      checkRoleScope(["regionStaff", "companyStaff"], { regionId: "reg_1" }).map((p) => p.path),
    ).toContain("roles");
  });

  it("a scope nobody needs is refused", () => {
    expect(checkRoleScope(["countyAdmin"], { regionId: "reg_1" }).map((p) => p.path)).toEqual([
      "scope.regionId",
    ]);
  });

  it("a scope names at most one target and nothing unknown", () => {
    expect(scopeSchema.safeParse({ regionId: "a", companyId: "b" }).success).toBe(false);
    expect(scopeSchema.safeParse({ planet: "mars" }).success).toBe(false);
    expect(scopeSchema.safeParse({ regionId: "a" }).success).toBe(true);
  });
});
