/**
 * Webhook secrets and signatures on Web Crypto only (Node and edge alike):
 * - Standard Webhooks signing: `webhook-signature: v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<body>")>`,
 *   the key being the base64 after `whsec_`;
 * - AES-256-GCM for secrets at rest: `v1.<base64 iv>.<base64 ciphertext+tag>`.
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function toBase64(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

/** A new signing secret, `whsec_` + base64 of 32 random bytes. */
export function newWebhookSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return `whsec_${toBase64(bytes)}`;
}

/** One `v1,<signature>` per secret (the current one first, then a rotated one still in its grace period). */
export async function signWebhook(
  secrets: readonly string[],
  id: string,
  timestampSeconds: number,
  body: string,
): Promise<string> {
  const content = encoder.encode(`${id}.${timestampSeconds}.${body}`);
  const parts: string[] = [];
  for (const secret of secrets) {
    const raw = fromBase64(secret.startsWith("whsec_") ? secret.slice(6) : secret);
    const key = await crypto.subtle.importKey("raw", raw, { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
    const mac = new Uint8Array(await crypto.subtle.sign("HMAC", key, content));
    parts.push(`v1,${toBase64(mac)}`);
  }
  return parts.join(" ");
}

/** Encrypts and decrypts channel secrets with one AES-256-GCM key. */
export interface SecretBox {
  seal(plaintext: string): Promise<string>;
  open(sealed: string): Promise<string>;
}

/** A box over a 32-byte key given as base64. */
export function createSecretBox(keyBase64: string): SecretBox {
  const raw = fromBase64(keyBase64);
  if (raw.length !== 32) throw new Error("The secrets key must be 32 bytes (base64).");
  let key: Promise<CryptoKey> | undefined;
  const getKey = () => {
    key ??= crypto.subtle.importKey("raw", raw, { name: "AES-GCM" }, false, ["encrypt", "decrypt"]);
    return key;
  };
  return {
    async seal(plaintext) {
      const iv = new Uint8Array(12);
      crypto.getRandomValues(iv);
      const ct = new Uint8Array(
        await crypto.subtle.encrypt({ name: "AES-GCM", iv }, await getKey(), encoder.encode(plaintext)),
      );
      return `v1.${toBase64(iv)}.${toBase64(ct)}`;
    },
    async open(sealed) {
      const [version, iv, ct] = sealed.split(".");
      if (version !== "v1" || !iv || !ct) throw new Error("Not a sealed secret.");
      const plain = await crypto.subtle.decrypt(
        { name: "AES-GCM", iv: fromBase64(iv) },
        await getKey(),
        fromBase64(ct),
      );
      return decoder.decode(plain);
    },
  };
}

/**
 * The key used when none is configured: fixed and public, so only for development and tests.
 * The Node server refuses to start without PROPGOV_SECRETS_KEY when NODE_ENV is production.
 */
export const DEV_SECRETS_KEY = toBase64(encoder.encode("propgov-dev-secrets-key-NOT-SAFE"));
