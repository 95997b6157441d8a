import { z } from "zod";
import { startOfDayIn } from "../policies/time.js";
import { isValidPhone, normalisePhone } from "../registry/validators.js";
import { notificationEventTypes } from "./events.js";

/** A mainland mobile number (11 digits from 13–19, `+86` allowed): the only kind an SMS reaches. */
const MOBILE = /^1[3-9]\d{9}$/;

export const mobileSchema = z
  .string()
  .trim()
  .transform(normalisePhone)
  .refine((v) => isValidPhone(v) && MOBILE.test(v), {
    message: "Not a mainland mobile number (e.g. 13812345678): SMS reaches mobiles only.",
    params: { code: "invalid_phone" },
  });

const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "A time of day as HH:mm (00:00–23:59), e.g. 22:00." });

export const quietHoursSchema = z
  .object({ start: clock, end: clock })
  .strict()
  .refine((q) => q.start !== q.end, {
    message: "Quiet hours must not start and end at the same time.",
    path: ["end"],
  });
export type QuietHours = z.infer<typeof quietHoursSchema>;

/**
 * A user's personal channels. The in-app inbox is always on; email and SMS are opt-in, each with
 * its address. `eventTypes` "all" or a list; quiet hours are read in the county's time zone.
 */
export const notificationPreferencesSchema = z
  .object({
    email: z
      .object({
        enabled: z.boolean(),
        address: z.email({ message: "Not an email address." }).max(254).nullable(),
      })
      .strict()
      .refine((e) => !e.enabled || e.address !== null, {
        message: "An address is needed to turn email on.",
        path: ["address"],
      }),
    sms: z
      .object({ enabled: z.boolean(), phone: mobileSchema.nullable() })
      .strict()
      .refine((s) => !s.enabled || s.phone !== null, {
        message: "A mobile number is needed to turn SMS on.",
        path: ["phone"],
      }),
    eventTypes: z.union([z.literal("all"), z.array(z.enum(notificationEventTypes)).max(50)]),
    quietHours: quietHoursSchema.nullable(),
    locale: z.enum(["zh", "en"]),
  })
  .strict();
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** What a user who never set anything has: the inbox alone, every event, no quiet hours, Chinese. */
export const defaultNotificationPreferences: NotificationPreferences = {
  email: { enabled: false, address: null },
  sms: { enabled: false, phone: null },
  eventTypes: "all",
  quietHours: null,
  locale: "zh",
};

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

function localParts(t: number, timeZone: string): { date: string; minute: number } {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(t)
      .map((x) => [x.type, x.value]),
  );
  return { date: `${p.year}-${p.month}-${p.day}`, minute: Number(p.hour) * 60 + Number(p.minute) };
}

const nextDate = (date: string) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/**
 * When the quiet hours that `at` falls in end (ms), or null when `at` is outside them. Hours are
 * wall-clock times in `timeZone`; a window whose start is after its end runs over midnight
 * (22:00–07:00). The end is the end's minute itself: a message then goes out.
 */
export function quietHoursEnd(at: number, quiet: QuietHours | null, timeZone: string): number | null {
  if (!quiet) return null;
  const start = minutes(quiet.start);
  const end = minutes(quiet.end);
  const { date, minute } = localParts(at, timeZone);
  const endOn = (d: string) => startOfDayIn(d, timeZone) + end * 60_000;
  if (start < end) return minute >= start && minute < end ? endOn(date) : null;
  if (minute >= start) return endOn(nextDate(date));
  if (minute < end) return endOn(date);
  return null;
}
