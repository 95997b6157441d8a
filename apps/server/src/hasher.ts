import { scrypt } from "node:crypto";
import {
  DEFAULT_SCRYPT,
  type PasswordHasher,
  type ScryptFn,
  type ScryptParams,
  scryptHasher,
} from "@propgov/api";

/** Refuses parameters that would need more than this (a stored hash is input, too). */
const MAX_MEMORY = 1024 * 1024 * 1024;

/** Node's native scrypt (libuv thread pool, off the event loop), same contract as the portable one. */
export const nodeScrypt: ScryptFn = (password, salt, params, keyLength) =>
  new Promise((resolve, reject) => {
    const N = 2 ** params.logN;
    // scrypt needs 128 · N · r bytes for V plus 128 · r · p for B; leave room for both.
    const needed = 128 * N * params.r + 128 * params.r * params.p + 1024 * 1024;
    if (needed > MAX_MEMORY) {
      reject(new RangeError(`scrypt parameters ln=${params.logN},r=${params.r} need too much memory`));
      return;
    }
    scrypt(password, salt, keyLength, { N, r: params.r, p: params.p, maxmem: needed }, (error, key) => {
      if (error) reject(error);
      else resolve(new Uint8Array(key.buffer, key.byteOffset, key.byteLength));
    });
  });

/**
 * Password hashing with Node's native scrypt. Writes and reads the same `$scrypt$ln=…` format as
 * `webPasswordHasher()` of @propgov/api, so a hash made here verifies on an edge worker and back.
 */
export function nodeScryptHasher(params: ScryptParams = DEFAULT_SCRYPT): PasswordHasher {
  return scryptHasher(nodeScrypt, params);
}
