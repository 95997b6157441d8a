import { describe, expect, it } from "vitest";
import {
  acknowledgeDueAt,
  bd09ToGcj02,
  caseDeadlines,
  deadlinesAtPriority,
  distanceMetres,
  effectiveDays,
  gcj02ToWgs84,
  isWorkingDate,
  mechanismSchema,
  nationalCalendar,
  nearest,
  presets,
  toWgs84,
  weekdayCalendar,
  wgs84ToGcj02,
  workingCalendarOf,
} from "../src/index.js";
import { addDays } from "../src/policies/time.js";

const TZ = "Asia/Shanghai";
const national = workingCalendarOf([]);

describe("working calendar", () => {
  it("cites the State Council General Office notice of each preset year", () => {
    expect(nationalCalendar.map((p) => [p.year, p.notice.number])).toEqual([
      [2025, "国办发明电〔2024〕12号"],
      [2026, "国办发明电〔2025〕7号"],
    ]);
    const y2026 = effectiveDays([], 2026);
    // 2026: 33 days off and 6 make-up working days.
    expect(y2026.filter((d) => d.kind === "holiday")).toHaveLength(33);
    expect(y2026.filter((d) => d.kind === "workday").map((d) => d.date)).toEqual([
      "2026-01-04",
      "2026-02-14",
      "2026-02-28",
      "2026-05-09",
      "2026-09-20",
      "2026-10-10",
    ]);
    const y2025 = effectiveDays([], 2025);
    expect(y2025.filter((d) => d.kind === "holiday")).toHaveLength(28);
    expect(y2025.filter((d) => d.kind === "workday").map((d) => d.date)).toEqual([
      "2025-01-26",
      "2025-02-08",
      "2025-04-27",
      "2025-09-28",
      "2025-10-11",
    ]);
  });

  it("a make-up Saturday works, a holiday Monday does not", () => {
    expect(isWorkingDate("2026-02-14", national)).toBe(true); // Saturday, 调休上班
    expect(isWorkingDate("2026-02-16", national)).toBe(false); // Monday, 春节
    expect(isWorkingDate("2026-02-21", national)).toBe(false); // Saturday, holiday anyway
    expect(isWorkingDate("2026-02-16", weekdayCalendar)).toBe(true);
  });

  it("Spring Festival 2026: three working days from Friday 13 February end on Wednesday 25 February", () => {
    // Sat 14 (make-up day) is 1; 15–23 are off; Tue 24 is 2, Wed 25 is 3.
    const at = "2026-02-13T02:00:00.000Z"; // 10:00 in Beijing
    expect(addDays(at, 3, true, TZ, national)).toBe("2026-02-25T02:00:00.000Z");
    // Monday to Friday alone would have said Wednesday 18 February.
    expect(addDays(at, 3, true, TZ)).toBe("2026-02-18T02:00:00.000Z");
  });

  it("National Day 2026: five working days from 30 September count the make-up Saturday 10 October", () => {
    // 1–7 October off; Thu 8 = 1, Fri 9 = 2, Sat 10 (make-up) = 3, Mon 12 = 4, Tue 13 = 5.
    expect(addDays("2026-09-30T01:00:00.000Z", 5, true, TZ, national)).toBe("2026-10-13T01:00:00.000Z");
    // The make-up Sunday 20 September counts: one working day from Friday 18 September.
    expect(addDays("2026-09-18T01:00:00.000Z", 1, true, TZ, national)).toBe("2026-09-20T01:00:00.000Z");
  });

  it("Spring Festival 2025: the make-up Sunday 26 January counts, the holiday does not", () => {
    // Sat 25 Jan, 10:00: Sun 26 (make-up) = 1, Mon 27 = 2; 28 Jan – 4 Feb off; Wed 5 = 3.
    expect(addDays("2025-01-25T02:00:00.000Z", 2, true, TZ, national)).toBe("2025-01-27T02:00:00.000Z");
    expect(addDays("2025-01-25T02:00:00.000Z", 3, true, TZ, national)).toBe("2025-02-05T02:00:00.000Z");
  });

  it("a county's entries override the preset; `regular` restores the weekday rule", () => {
    const county = workingCalendarOf([
      { date: "2026-02-24", kind: "holiday", name: { zh: "县里加放一天", en: "County extra day" } },
      { date: "2026-02-14", kind: "regular", name: null },
    ]);
    expect(isWorkingDate("2026-02-24", county)).toBe(false);
    expect(isWorkingDate("2026-02-14", county)).toBe(false); // a Saturday again
    // Fri 13: Sat 14 no longer counts, 15–24 off: Wed 25 = 1, Thu 26 = 2, Fri 27 = 3.
    expect(addDays("2026-02-13T02:00:00.000Z", 3, true, TZ, county)).toBe("2026-02-27T02:00:00.000Z");
    const days = effectiveDays([{ date: "2026-02-24", kind: "holiday", name: null }], 2026);
    expect(days.find((d) => d.date === "2026-02-24")).toMatchObject({ source: "county", notice: null });
    expect(days.find((d) => d.date === "2026-02-15")).toMatchObject({
      source: "national",
      notice: "国办发明电〔2025〕7号",
    });
  });

  it("case deadlines use the calendar for working-day categories", () => {
    const d = { firstContactHours: 2, checkInHours: 4, resolutionDays: 7, workingDays: true };
    // 30 Sep 2026 09:00: 8, 9, 10 (make-up), 12, 13, 14, 15 October.
    expect(caseDeadlines(d, "2026-09-30T01:00:00.000Z", TZ, national)).toEqual({
      firstContactDueAt: "2026-09-30T03:00:00.000Z",
      resolutionDueAt: "2026-10-15T01:00:00.000Z",
    });
  });
});

describe("priorities", () => {
  const workOrders = mechanismSchema.parse(presets["anhui-3338"]).workOrders;
  const category = { firstContactHours: 12, checkInHours: 4, resolutionDays: 5, workingDays: false };

  it("defaults: emergency first contact in 2 h, acknowledgement in 1 h; normal keeps the category's", () => {
    expect(deadlinesAtPriority(category, workOrders, "emergency")).toEqual({
      firstContactHours: 2,
      checkInHours: 1,
      resolutionDays: 1,
      workingDays: false,
    });
    expect(deadlinesAtPriority(category, workOrders, "urgent")).toEqual({
      firstContactHours: 4,
      checkInHours: 4,
      resolutionDays: 3,
      workingDays: false,
    });
    expect(deadlinesAtPriority(category, workOrders, "normal")).toEqual(category);
    expect(acknowledgeDueAt(workOrders, "normal", "2026-11-26T08:00:00.000Z")).toBe(
      "2026-11-27T08:00:00.000Z",
    );
    expect(acknowledgeDueAt(workOrders, "emergency", "2026-11-26T08:00:00.000Z")).toBe(
      "2026-11-26T09:00:00.000Z",
    );
  });

  it("a priority never lengthens a category's deadline", () => {
    const tight = { firstContactHours: 1, checkInHours: 0.5, resolutionDays: 1, workingDays: false };
    expect(deadlinesAtPriority(tight, workOrders, "emergency")).toEqual(tight);
  });
});

describe("coordinates", () => {
  // 蒙城县 in WGS-84, and what a GCJ-02 map shows for it (the offset is a few hundred metres).
  const wgs = { lat: 33.265, lng: 116.5645 };

  it("GCJ-02 round-trips to WGS-84 within a metre, and is offset by hundreds of metres", () => {
    const gcj = wgs84ToGcj02(wgs);
    const shift = distanceMetres(wgs, gcj);
    expect(shift).toBeGreaterThan(100);
    expect(shift).toBeLessThan(1000);
    expect(distanceMetres(gcj02ToWgs84(gcj), wgs)).toBeLessThan(1);
    expect(distanceMetres(toWgs84(gcj, "gcj02"), wgs)).toBeLessThan(1);
    expect(toWgs84(wgs, "wgs84")).toEqual(wgs);
  });

  it("BD-09 lies a further few hundred metres off GCJ-02", () => {
    const gcj = wgs84ToGcj02(wgs);
    const bd = { lat: gcj.lat + 0.006, lng: gcj.lng + 0.0065 }; // roughly what Baidu adds
    expect(distanceMetres(bd09ToGcj02(bd), gcj)).toBeLessThan(60);
  });

  it("nearest: closest first, within the limit", () => {
    const a = { id: "a", lat: 33.265, lng: 116.5645 };
    const b = { id: "b", lat: 33.275, lng: 116.5645 }; // about 1.1 km north
    const c = { id: "c", lat: 33.4, lng: 116.5645 }; // about 15 km north
    const found = nearest({ lat: 33.266, lng: 116.5645 }, [c, b, a], 3, 5000);
    expect(found.map((f) => f.id)).toEqual(["a", "b"]);
    expect(found[0]?.distanceMetres).toBe(111);
  });
});
