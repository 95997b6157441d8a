import { z } from "zod";

/**
 * 统一社会信用代码 (unified social credit code), GB 32100-2015: 18 characters from a 31-symbol set
 * (no I, O, S, V, Z); characters 3–8 are the administrative division; 9–17 the organisation code
 * (GB 11714, with its own check character); the 18th is a check character over the first 17.
 */
export const USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** The 18th character for the first 17, or null when they contain a character outside the set. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17[i] as string);
    if (value < 0) return null;
    sum += value * (USCC_WEIGHTS[i] as number);
  }
  return USCC_CHARSET[(31 - (sum % 31)) % 31] as string;
}

/** GB 11714 check character of an organisation code's first eight characters. */
export function orgCodeCheckChar(first8: string): string | null {
  if (!/^[0-9A-Z]{8}$/.test(first8)) return null;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = first8[i] as string;
    const value = /\d/.test(ch) ? Number(ch) : ch.charCodeAt(0) - 55;
    sum += value * (ORG_WEIGHTS[i] as number);
  }
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

export type UsccProblem = "length" | "charset" | "division" | "orgCode" | "checkChar";

/** Why a USCC is invalid, or null when it is valid. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return "length";
  for (const ch of code) if (!USCC_CHARSET.includes(ch)) return "charset";
  if (!/^\d{6}$/.test(code.slice(2, 8))) return "division";
  if (orgCodeCheckChar(code.slice(8, 16)) !== code[16]) return "orgCode";
  if (usccCheckChar(code.slice(0, 17)) !== code[17]) return "checkChar";
  return null;
}

export const isValidUscc = (code: string) => usccProblem(code) === null;

const usccMessages: Record<UsccProblem, string> = {
  length: "A unified social credit code has 18 characters.",
  charset: "Only digits and the letters A–Y without I, O, S, V (upper case) may appear.",
  division: "Characters 3–8 are the administrative division code (six digits).",
  orgCode: "Characters 9–17 are not a valid organisation code (its check character is wrong).",
  checkChar: "The 18th (check) character does not match the first 17.",
};

export const usccSchema = z
  .string()
  .trim()
  .transform((s) => s.toUpperCase())
  .superRefine((value, ctx) => {
    const problem = usccProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: usccMessages[problem] });
  });

/**
 * Builds a valid code from a registration authority + type (2 chars), a division (6 digits) and
 * an organisation code body (8 chars): used for sample data and tests.
 */
export function makeUscc(head: string, division: string, orgBody: string): string {
  const org = orgBody + orgCodeCheckChar(orgBody);
  const first17 = head + division + org;
  const check = usccCheckChar(first17);
  if (!check) throw new Error(`cannot build a USCC from ${first17}`);
  return first17 + check;
}

/** Mainland mobile (11 digits from 13–19) or landline with area code (0xx(x)-xxxxxxx(x), optional extension). */
const MOBILE = /^1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
const HOTLINE = /^(12345|110|119|120|122|95\d{3,6}|400-?\d{3}-?\d{4})$/;

export function normalisePhone(value: string): string {
  return value.replace(/[\s()（）]/g, "").replace(/^\+?86-?/, "");
}

export function isValidPhone(value: string): boolean {
  const v = normalisePhone(value);
  return MOBILE.test(v) || LANDLINE.test(v) || HOTLINE.test(v);
}

export const phoneSchema = z
  .string()
  .trim()
  .transform(normalisePhone)
  .refine(isValidPhone, {
    message: "Not a phone number: use a mobile (13812345678) or a landline with area code (0558-7123456).",
    params: { code: "invalid_phone" },
  });

/** 138****1234 for mobiles; landlines keep the area code and the last four digits. */
export function maskPhone(value: string): string {
  const v = normalisePhone(value);
  if (MOBILE.test(v)) return `${v.slice(0, 3)}****${v.slice(7)}`;
  if (v.length <= 4) return "****";
  const keep = v.includes("-") ? v.indexOf("-") + 1 : Math.min(4, v.length - 4);
  return v.slice(0, keep) + "*".repeat(Math.max(0, v.length - keep - 4)) + v.slice(-4);
}
