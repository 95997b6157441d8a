import { describe, expect, it } from "vitest";
import { isId, newId, ulid } from "../src/index.js";

describe("ids", () => {
  it("are prefixed ULIDs", () => {
    const id = newId("user");
    expect(id).toMatch(/^usr_[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(isId("user", id)).toBe(true);
    expect(isId("tenant", id)).toBe(false);
    expect(isId("user", "usr_short")).toBe(false);
  });

  it("sort by creation time", () => {
    const earlier = newId("session", Date.UTC(2024, 0, 1));
    const later = newId("session", Date.UTC(2024, 0, 1, 0, 0, 0, 1));
    expect(earlier < later).toBe(true);
    const many = Array.from({ length: 50 }, (_, i) => ulid(1_700_000_000_000 + i * 1000));
    expect([...many].sort()).toEqual(many);
  });

  it("encode the time in the first ten characters", () => {
    expect(ulid(0).slice(0, 10)).toBe("0000000000");
    expect(ulid(2 ** 48 - 1).slice(0, 10)).toBe("7ZZZZZZZZZ");
  });

  it("are unique", () => {
    const set = new Set(Array.from({ length: 10_000 }, () => newId("request", 42)));
    expect(set.size).toBe(10_000);
  });
});
