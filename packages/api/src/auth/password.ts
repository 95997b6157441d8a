import { scryptAsync } from "@noble/hashes/scrypt.js";
import { constantTimeEqual, fromHex, toHex } from "./crypto.js";

/**
 * Memory-hard password hashing behind an interface, so a Node server can use its native
 * scrypt while an edge runtime uses the portable one. Both read and write the same format:
 * `$scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt hex>$<hash hex>`, so hashes move between them.
 */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(stored: string, password: string): Promise<boolean>;
}

export interface ScryptParams {
  /** log2 of the CPU/memory cost N. 15 (N = 32768, 32 MiB with r = 8) by default. */
  logN: number;
  r: number;
  p: number;
}

export const DEFAULT_SCRYPT: ScryptParams = { logN: 15, r: 8, p: 1 };
const KEY_LENGTH = 32;

/** The function that derives a key; the part that differs between runtimes. */
export type ScryptFn = (
  password: string,
  salt: Uint8Array,
  params: ScryptParams,
  keyLength: number,
) => Promise<Uint8Array>;

export function formatScryptHash(params: ScryptParams, salt: Uint8Array, key: Uint8Array): string {
  return `$scrypt$ln=${params.logN},r=${params.r},p=${params.p}$${toHex(salt)}$${toHex(key)}`;
}

export function parseScryptHash(
  stored: string,
): { params: ScryptParams; salt: Uint8Array; key: Uint8Array } | null {
  // Costs are bounded (ln 4–20, r 1–16, p 1–9): a stored hash can never demand unbounded memory.
  const match =
    /^\$scrypt\$ln=([4-9]|1\d|20),r=([1-9]|1[0-6]),p=([1-9])\$([0-9a-f]{16,128})\$([0-9a-f]{32,128})$/.exec(
      stored,
    );
  const [, logN, r, p, salt, key] = match ?? [];
  if (!logN || !r || !p || !salt || !key) return null;
  return {
    params: { logN: Number(logN), r: Number(r), p: Number(p) },
    salt: fromHex(salt),
    key: fromHex(key),
  };
}

export function scryptHasher(derive: ScryptFn, params: ScryptParams = DEFAULT_SCRYPT): PasswordHasher {
  return {
    async hash(password) {
      const salt = new Uint8Array(16);
      crypto.getRandomValues(salt);
      const key = await derive(password.normalize("NFKC"), salt, params, KEY_LENGTH);
      return formatScryptHash(params, salt, key);
    },
    async verify(stored, password) {
      const parsed = parseScryptHash(stored);
      if (!parsed) return false;
      const key = await derive(password.normalize("NFKC"), parsed.salt, parsed.params, parsed.key.length);
      return constantTimeEqual(key, parsed.key);
    },
  };
}

/** Portable scrypt in JavaScript (@noble/hashes): runs anywhere Web Crypto does. */
export const portableScrypt: ScryptFn = (password, salt, params, keyLength) =>
  scryptAsync(password, salt, { N: 2 ** params.logN, r: params.r, p: params.p, dkLen: keyLength });

export function webPasswordHasher(params: ScryptParams = DEFAULT_SCRYPT): PasswordHasher {
  return scryptHasher(portableScrypt, params);
}
