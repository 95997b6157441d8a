/**
 * Where attachment bytes live. The API holds only this interface: the Node server gives it a
 * folder under the data dir by default (`fsAttachmentStore` from `@propgov/api/node`), or
 * S3-compatible object storage (`s3AttachmentStore`), which runs on edge runtimes too.
 *
 * Keys are the API's own (`<tenant id>/<attachment id>`, plus `.thumb` for a thumbnail), never
 * a client's file name.
 */
export interface AttachmentStore {
  /** Stores the bytes under the key, replacing what was there. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The bytes under the key, or null when there are none. */
  get(key: string): Promise<Uint8Array | null>;
  /** Removes the key; a key that is not there is no error. */
  delete(key: string): Promise<void>;
}

const KEY = /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*(\.[a-z]+)?$/;

/** Refuses a key that could leave the store's folder or bucket prefix. */
export function assertStoreKey(key: string): string {
  if (!KEY.test(key) || key.length > 300)
    throw new Error(`Not an attachment store key: ${JSON.stringify(key)}`);
  return key;
}
