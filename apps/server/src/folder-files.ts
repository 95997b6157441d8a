import { readFile, stat } from "node:fs/promises";
import { join, normalize, sep } from "node:path";
import type { StaticFiles } from "./static-files.js";

/** The files below `root` on disk; a path that would leave the folder finds nothing. */
export function folderFiles(root: string): StaticFiles {
  return async (relative) => {
    const path = normalize(join(root, relative));
    if (!path.startsWith(root + sep)) return null;
    try {
      if (!(await stat(path)).isFile()) return null;
    } catch {
      return null;
    }
    return { read: async () => new Uint8Array(await readFile(path)) };
  };
}
