import { describe, expect, it } from "vitest";
import { notificationPreferencesSchema, quietHoursEnd } from "../src/index.js";

const zone = "Asia/Shanghai";
const at = (iso: string) => Date.parse(iso);
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

describe("quietHoursEnd", () => {
  const night = { start: "22:00", end: "07:00" };
  it("runs over midnight in the county's zone", () => {
    // 23:00 on the 16th in Mengcheng → 07:00 on the 17th.
    expect(iso(quietHoursEnd(at("2026-11-16T15:00:00Z"), night, zone))).toBe("2026-11-16T23:00:00.000Z");
    // 03:00 on the 17th → 07:00 the same morning.
    expect(iso(quietHoursEnd(at("2026-11-16T19:00:00Z"), night, zone))).toBe("2026-11-16T23:00:00.000Z");
    // 22:00 sharp is quiet, 07:00 sharp and 21:59 are not.
    expect(quietHoursEnd(at("2026-11-16T14:00:00Z"), night, zone)).not.toBeNull();
    expect(quietHoursEnd(at("2026-11-16T23:00:00Z"), night, zone)).toBeNull();
    expect(quietHoursEnd(at("2026-11-16T13:59:00Z"), night, zone)).toBeNull();
  });
  it("handles a window inside one day, and none", () => {
    const lunch = { start: "12:00", end: "14:00" };
    expect(iso(quietHoursEnd(at("2026-11-16T04:30:00Z"), lunch, zone))).toBe("2026-11-16T06:00:00.000Z");
    expect(quietHoursEnd(at("2026-11-16T06:00:00Z"), lunch, zone)).toBeNull();
    expect(quietHoursEnd(at("2026-11-16T04:30:00Z"), null, zone)).toBeNull();
    // Another zone reads the same instant on its own clock: 12:30 UTC is quiet in London's lunch.
    expect(iso(quietHoursEnd(at("2026-11-16T12:30:00Z"), lunch, "Europe/London"))).toBe(
      "2026-11-16T14:00:00.000Z",
    );
  });
});

describe("notificationPreferencesSchema", () => {
  const base = {
    email: { enabled: false, address: null },
    sms: { enabled: false, phone: null },
    eventTypes: "all",
    quietHours: null,
    locale: "zh",
  };
  it("normalises a mainland mobile and refuses landlines for SMS", () => {
    expect(
      notificationPreferencesSchema.parse({ ...base, sms: { enabled: true, phone: "+86 13812345678" } }).sms
        .phone,
    ).toBe("13812345678");
    const r = notificationPreferencesSchema.safeParse({
      ...base,
      sms: { enabled: true, phone: "0558-7123456" },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join("."))).toEqual(["sms.phone"]);
  });
});
