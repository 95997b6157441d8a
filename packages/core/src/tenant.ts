import { z } from "zod";

/** A tenant's slug: lower-case letters, digits and hyphens, as it appears in `/v1/tenants/{tenant}`. */
export const tenantSlugSchema = z
  .string()
  .min(2)
  .max(40)
  .regex(/^[a-z][a-z0-9-]*[a-z0-9]$/, "Use lower-case letters, digits and hyphens, starting with a letter.");

/** 中华人民共和国行政区划代码: six digits, e.g. 341622 for 蒙城县. */
export const divisionCodeSchema = z
  .string()
  .regex(/^[1-8]\d{5}$/, "A division code is six digits, e.g. 341622 (蒙城县).");

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .min(1)
  .refine(isTimeZone, "Not an IANA time zone such as Asia/Shanghai.");

export const DEFAULT_TIMEZONE = "Asia/Shanghai";

export const usernameSchema = z
  .string()
  .min(2)
  .max(64)
  .regex(/^[a-zA-Z0-9._@-]+$/, "Use letters, digits and . _ @ - only.");

/** Passwords: long enough to resist guessing, short enough to bound hashing cost. */
export const passwordSchema = z.string().min(10, "At least 10 characters.").max(256);

export const displayNameSchema = z.string().trim().min(1).max(100);
