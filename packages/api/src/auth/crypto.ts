import { anyIdPattern } from "@propgov/core";

/**
 * Token primitives on Web Crypto only, so they run on Node and edge runtimes alike.
 * Sessions follow the Lucia guide: token = `<id>.<secret>` with the row's county between the two
 * (`<id>.<tenant id>.<secret>`) for a county's session or key; only SHA-256(secret) is stored.
 */

// Lower-case letters and digits without look-alikes (l, o, 0, 1): 32 symbols, 5 bits each.
const ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";

/** A random string of `length` characters carrying 5 bits each (24 → 120 bits). */
export function randomSecret(length = 32): string {
  const bytes = new Uint8Array(length);
  crypto.getRandomValues(bytes);
  let out = "";
  for (const byte of bytes) out += ALPHABET[byte >> 3];
  return out;
}

const encoder = new TextEncoder();

export async function sha256Hex(value: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", encoder.encode(value));
  return toHex(new Uint8Array(digest));
}

export function toHex(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += byte.toString(16).padStart(2, "0");
  return out;
}

export function fromHex(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Compares two byte strings in time that depends only on their length. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

export function constantTimeEqualText(a: string, b: string): boolean {
  return constantTimeEqual(encoder.encode(a), encoder.encode(b));
}

export interface ParsedToken {
  id: string;
  /** The county a session or API key belongs to; absent for a platform session. */
  tenantId?: string;
  secret: string;
}

const ID = anyIdPattern;
const SECRET = /^[a-z0-9]{16,64}$/;

/**
 * Splits `<id>.<tenant id>.<secret>` (a county's session or API key: the token names the row's
 * whole primary key) or `<id>.<secret>` (a platform session); null when the shape is wrong
 * (never throws on input). Whether the parts suit the id's kind is the caller's to check.
 */
export function parseToken(token: string): ParsedToken | null {
  if (token.length > 200) return null;
  const parts = token.split(".");
  if (parts.length === 2) {
    const [id, secret] = parts as [string, string];
    return ID.test(id) && SECRET.test(secret) ? { id, secret } : null;
  }
  if (parts.length === 3) {
    const [id, tenantId, secret] = parts as [string, string, string];
    return ID.test(id) && ID.test(tenantId) && SECRET.test(secret) ? { id, tenantId, secret } : null;
  }
  return null;
}

/** The token handed out for a row: its id, its county when it has one, and the secret. */
export function formatToken(parts: ParsedToken): string {
  return parts.tenantId ? `${parts.id}.${parts.tenantId}.${parts.secret}` : `${parts.id}.${parts.secret}`;
}
