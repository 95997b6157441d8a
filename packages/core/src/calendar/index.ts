import { z } from "zod";
import type { Label } from "../registry/common.js";

/**
 * The working calendar (法定节假日 / 调休): statutory holidays on which nobody works, and make-up
 * working days (调休上班), usually a Saturday or Sunday, on which everybody does. Working-day
 * deadlines count Monday to Friday, minus the holidays, plus the make-up days.
 */
export const calendarDayKinds = ["holiday", "workday", "regular"] as const;
/** `holiday`: no work; `workday`: a make-up working day; `regular`: a county override back to the weekday rule. */
export type CalendarDayKind = (typeof calendarDayKinds)[number];

export const calendarDayKindLabels: Record<CalendarDayKind, Label> = {
  holiday: { zh: "法定节假日(放假)", en: "Statutory holiday" },
  workday: { zh: "调休上班日", en: "Make-up working day" },
  regular: { zh: "按平常(周一至周五上班)", en: "Regular day (weekday rule)" },
};

export interface CalendarDay {
  date: string;
  kind: Exclude<CalendarDayKind, "regular">;
  name: Label;
}

export interface CalendarPreset {
  year: number;
  /** The State Council General Office notice the dates are taken from. */
  notice: { title: string; number: string; issuedOn: string; url: string };
  days: CalendarDay[];
}

const range = (from: string, to: string): string[] => {
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
};

const holiday = (zh: string, en: string, from: string, to: string): CalendarDay[] =>
  range(from, to).map((date) => ({ date, kind: "holiday", name: { zh, en } }));
const workday = (zh: string, en: string, ...dates: string[]): CalendarDay[] =>
  dates.map((date) => ({
    date,
    kind: "workday",
    name: { zh: `${zh}调休上班`, en: `${en} make-up working day` },
  }));

/**
 * The national calendar, one preset per published year, each taken from the State Council General
 * Office's annual notice on holiday arrangements (国务院办公厅关于部分节假日安排的通知).
 */
export const nationalCalendar: readonly CalendarPreset[] = [
  {
    year: 2025,
    notice: {
      title: "国务院办公厅关于2025年部分节假日安排的通知",
      number: "国办发明电〔2024〕12号",
      issuedOn: "2024-11-12",
      url: "https://m.gmw.cn/2024-11/12/content_1303894933.htm",
    },
    days: [
      ...holiday("元旦", "New Year's Day", "2025-01-01", "2025-01-01"),
      ...holiday("春节", "Spring Festival", "2025-01-28", "2025-02-04"),
      ...workday("春节", "Spring Festival", "2025-01-26", "2025-02-08"),
      ...holiday("清明节", "Qingming Festival", "2025-04-04", "2025-04-06"),
      ...holiday("劳动节", "Labour Day", "2025-05-01", "2025-05-05"),
      ...workday("劳动节", "Labour Day", "2025-04-27"),
      ...holiday("端午节", "Dragon Boat Festival", "2025-05-31", "2025-06-02"),
      ...holiday("国庆节、中秋节", "National Day and Mid-Autumn Festival", "2025-10-01", "2025-10-08"),
      ...workday("国庆节", "National Day", "2025-09-28", "2025-10-11"),
    ],
  },
  {
    year: 2026,
    notice: {
      title: "国务院办公厅关于2026年部分节假日安排的通知",
      number: "国办发明电〔2025〕7号",
      issuedOn: "2025-11-04",
      url: "https://politics.gmw.cn/2025-11/04/content_38391083.htm",
    },
    days: [
      ...holiday("元旦", "New Year's Day", "2026-01-01", "2026-01-03"),
      ...workday("元旦", "New Year's Day", "2026-01-04"),
      ...holiday("春节", "Spring Festival", "2026-02-15", "2026-02-23"),
      ...workday("春节", "Spring Festival", "2026-02-14", "2026-02-28"),
      ...holiday("清明节", "Qingming Festival", "2026-04-04", "2026-04-06"),
      ...holiday("劳动节", "Labour Day", "2026-05-01", "2026-05-05"),
      ...workday("劳动节", "Labour Day", "2026-05-09"),
      ...holiday("端午节", "Dragon Boat Festival", "2026-06-19", "2026-06-21"),
      ...holiday("中秋节", "Mid-Autumn Festival", "2026-09-25", "2026-09-27"),
      ...holiday("国庆节", "National Day", "2026-10-01", "2026-10-07"),
      ...workday("国庆节", "National Day", "2026-09-20", "2026-10-10"),
    ],
  },
];

/** What working-day arithmetic needs: the holidays and the make-up working days, by `YYYY-MM-DD`. */
export interface WorkingCalendar {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}

/** Monday to Friday only: what working days meant before the calendar. */
export const weekdayCalendar: WorkingCalendar = { holidays: new Set(), workdays: new Set() };

/** A county's override of one day (stored per tenant). */
export interface CalendarOverride {
  date: string;
  kind: CalendarDayKind;
  name: Label | null;
}

export interface EffectiveDay {
  date: string;
  kind: Exclude<CalendarDayKind, "regular">;
  name: Label;
  /** `national`: from the preset (its notice number); `county`: the county's own entry. */
  source: "national" | "county";
  notice: string | null;
}

/** The national preset's days with the county's overrides applied (a `regular` override removes a day). */
export function effectiveDays(overrides: readonly CalendarOverride[], year?: number): EffectiveDay[] {
  const days = new Map<string, EffectiveDay>();
  for (const preset of nationalCalendar) {
    if (year !== undefined && preset.year !== year) continue;
    for (const d of preset.days) {
      days.set(d.date, { ...d, source: "national", notice: preset.notice.number });
    }
  }
  for (const o of overrides) {
    if (year !== undefined && !o.date.startsWith(String(year))) continue;
    if (o.kind === "regular") days.delete(o.date);
    else
      days.set(o.date, {
        date: o.date,
        kind: o.kind,
        name: o.name ?? calendarDayKindLabels[o.kind],
        source: "county",
        notice: null,
      });
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export function workingCalendarOf(overrides: readonly CalendarOverride[]): WorkingCalendar {
  const holidays = new Set<string>();
  const workdays = new Set<string>();
  for (const d of effectiveDays(overrides)) (d.kind === "holiday" ? holidays : workdays).add(d.date);
  return { holidays, workdays };
}

/** Whether a date (`YYYY-MM-DD`) is a working day: a make-up day, else Monday to Friday and not a holiday. */
export function isWorkingDate(date: string, calendar: WorkingCalendar): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
}

export const calendarOverrideSchema = z
  .object({
    kind: z.enum(calendarDayKinds),
    name: z
      .object({ zh: z.string().trim().min(1).max(60), en: z.string().trim().min(1).max(80) })
      .strict()
      .optional(),
  })
  .strict();
export type CalendarOverrideInput = z.infer<typeof calendarOverrideSchema>;
