import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { type AttachmentStore, assertStoreKey } from "../attachments/store.js";

/**
 * Attachments as files under `dir` (by default `<data dir>/attachments`), one file a key. A write
 * goes to a temporary file first and is renamed into place, so a reader never sees half a file.
 */
export function fsAttachmentStore(dir: string): AttachmentStore {
  const pathOf = (key: string) => join(dir, ...assertStoreKey(key).split("/"));
  return {
    async put(key, bytes) {
      const path = pathOf(key);
      await mkdir(dirname(path), { recursive: true });
      const temporary = `${path}.${crypto.randomUUID()}.tmp`;
      await writeFile(temporary, bytes);
      await rename(temporary, path);
    },
    async get(key) {
      try {
        return new Uint8Array(await readFile(pathOf(key)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true });
    },
  };
}
