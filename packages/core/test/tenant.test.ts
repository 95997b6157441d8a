import { describe, expect, it } from "vitest";
import {
  AppError,
  divisionCodeSchema,
  errorCodes,
  errorStatus,
  isTimeZone,
  passwordSchema,
  tenantSlugSchema,
  usernameSchema,
} from "../src/index.js";

describe("tenant and account fields", () => {
  it("slugs are lower-case url segments", () => {
    for (const ok of ["mengcheng", "guo-yang", "county2"])
      expect(tenantSlugSchema.safeParse(ok).success).toBe(true);
    for (const bad of ["Mengcheng", "-x", "x-", "a", "蒙城", "a b", "a/b"]) {
      expect(tenantSlugSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("division codes are six digits", () => {
    expect(divisionCodeSchema.safeParse("341622").success).toBe(true);
    for (const bad of ["34162", "3416220", "041622", "34162a"]) {
      expect(divisionCodeSchema.safeParse(bad).success, bad).toBe(false);
    }
  });

  it("time zones are IANA names", () => {
    expect(isTimeZone("Asia/Shanghai")).toBe(true);
    expect(isTimeZone("Asia/Urumqi")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });

  it("usernames and passwords", () => {
    expect(usernameSchema.safeParse("zhang.wei@chengguan").success).toBe(true);
    expect(usernameSchema.safeParse("张伟").success).toBe(false);
    expect(passwordSchema.safeParse("short").success).toBe(false);
    expect(passwordSchema.safeParse("ten chars!").success).toBe(true);
  });
});

describe("errors", () => {
  it("every code has a status, and AppError carries it", () => {
    for (const code of errorCodes) expect(errorStatus[code]).toBeGreaterThanOrEqual(400);
    const error = new AppError("conflict", "dup", { errors: [{ path: "body.slug", message: "taken" }] });
    expect(error.status).toBe(409);
    expect(error.errors).toEqual([{ path: "body.slug", message: "taken" }]);
  });
});
