/**
 * Token primitives on Web Crypto only, so they run on Node and edge runtimes alike.
 * Sessions follow the Lucia guide: token = `<id>.<secret>`; only SHA-256(secret) is stored.
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
  secret: string;
}

/** Splits `<id>.<secret>`; null when the shape is wrong (never throws on input). */
export function parseToken(token: string): ParsedToken | null {
  if (token.length > 200) return null;
  const dot = token.indexOf(".");
  if (dot <= 0 || dot === token.length - 1) return null;
  const id = token.slice(0, dot);
  const secret = token.slice(dot + 1);
  if (!/^[a-z]{2,5}_[0-9A-Z]{26}$/.test(id) || !/^[a-z0-9]{16,64}$/.test(secret)) return null;
  return { id, secret };
}
