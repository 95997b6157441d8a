import { AwsClient } from "aws4fetch";
import { type AttachmentStore, assertStoreKey } from "./store.js";

export interface S3StoreOptions {
  /** The service's base URL, e.g. `https://oss-cn-hangzhou.aliyuncs.com` or `http://127.0.0.1:9000`. */
  endpoint: string;
  bucket: string;
  /** Signing region; most S3-compatible services accept `us-east-1`. */
  region?: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Prepended to every key (e.g. `propgov/`). */
  prefix?: string;
  /** The fetch to use (tests, proxies); default the global one. */
  fetch?: typeof fetch;
}

/**
 * Attachments in S3-compatible object storage (AWS S3, MinIO, Aliyun OSS, Tencent COS, Ceph …),
 * addressed path-style (`<endpoint>/<bucket>/<key>`) and signed with AWS Signature Version 4
 * (aws4fetch, on web-standard fetch and SubtleCrypto, so it runs on edge runtimes too).
 */
export function s3AttachmentStore(options: S3StoreOptions): AttachmentStore {
  const client = new AwsClient({
    accessKeyId: options.accessKeyId,
    secretAccessKey: options.secretAccessKey,
    service: "s3",
    region: options.region ?? "us-east-1",
  });
  const base = `${options.endpoint.replace(/\/+$/, "")}/${encodeURIComponent(options.bucket)}/`;
  const prefix = options.prefix ?? "";
  const doFetch = options.fetch ?? fetch;
  const urlOf = (key: string) => `${base}${prefix}${assertStoreKey(key)}`;
  const send = async (key: string, init: RequestInit) => {
    const signed = await client.sign(urlOf(key), init);
    return doFetch(signed);
  };
  const fail = async (what: string, res: Response) => {
    const text = (await res.text().catch(() => "")).slice(0, 200);
    throw new Error(`S3 ${what} answered ${res.status}${text ? `: ${text}` : ""}`);
  };
  return {
    async put(key, bytes, contentType) {
      const res = await send(key, {
        method: "PUT",
        body: bytes as Uint8Array<ArrayBuffer>,
        headers: { "content-type": contentType, "content-length": String(bytes.byteLength) },
      });
      if (!res.ok) await fail("PUT", res);
      await res.arrayBuffer();
    },
    async get(key) {
      const res = await send(key, { method: "GET" });
      if (res.status === 404) {
        await res.arrayBuffer();
        return null;
      }
      if (!res.ok) await fail("GET", res);
      return new Uint8Array(await res.arrayBuffer());
    },
    async delete(key) {
      const res = await send(key, { method: "DELETE" });
      if (!res.ok && res.status !== 404) await fail("DELETE", res);
      await res.arrayBuffer();
    },
  };
}
