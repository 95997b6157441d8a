import { describe, expect, it } from "vitest";
import {
  isValidPhone,
  isValidUscc,
  makeUscc,
  maskPhone,
  normalisePhone,
  phoneSchema,
  usccProblem,
  usccSchema,
} from "../src/index.js";

describe("unified social credit code (GB 32100-2015)", () => {
  it("accepts real codes", () => {
    for (const code of [
      "91330100799655058B",
      "9144030071526726XG",
      "914403001922038216",
      "91110000100006485K",
    ]) {
      expect(usccProblem(code), code).toBeNull();
    }
  });

  it("names what is wrong", () => {
    expect(usccProblem("91330100799655058")).toBe("length");
    expect(usccProblem("91330100799655058I")).toBe("charset");
    expect(usccProblem("9133010O799655058B")).toBe("charset");
    expect(usccProblem("913301A0799655058B")).toBe("division");
    expect(usccProblem("91330100799655059B")).toBe("orgCode");
    expect(usccProblem("91330100799655058C")).toBe("checkChar");
  });

  it("upper-cases and trims input, and builds valid codes for sample data", () => {
    expect(usccSchema.parse(" 9144030071526726xg ")).toBe("9144030071526726XG");
    const made = makeUscc("91", "341622", "MA2N0001");
    expect(made).toHaveLength(18);
    expect(isValidUscc(made)).toBe(true);
    expect(usccSchema.safeParse("91330100799655058C").error?.issues[0]?.message).toMatch(/check/);
  });
});

describe("phones", () => {
  it("accepts mobiles, landlines with area code and hotlines", () => {
    for (const ok of [
      "13812345678",
      "+86 138 1234 5678",
      "0558-7123456",
      "05587123456",
      "0558-7123456-801",
      "12345",
    ]) {
      expect(isValidPhone(ok), ok).toBe(true);
    }
    for (const bad of ["1381234567", "23812345678", "7123456", "phone", "12812345678"]) {
      expect(isValidPhone(bad), bad).toBe(false);
    }
    expect(phoneSchema.parse("+86 138-1234-5678".replaceAll("-", ""))).toBe("13812345678");
    expect(normalisePhone("(0558)7123456")).toBe("05587123456");
  });

  it("masks the middle", () => {
    expect(maskPhone("13812341234")).toBe("138****1234");
    expect(maskPhone("0558-7123456")).toBe("0558-***3456");
    expect(maskPhone("05587123456")).toBe("0558***3456");
  });
});
