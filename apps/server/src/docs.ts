import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AppDeps } from "@propgov/api";

/** The Scalar API reference as one browser script, from the installed npm package (no CDN). */
export const SCALAR_STANDALONE = "@scalar/api-reference/browser/standalone.js";

/** Where the script lies on disk, or null when the package is not installed. */
export function scalarScriptPath(): string | null {
  try {
    return createRequire(import.meta.url).resolve(SCALAR_STANDALONE);
  } catch {
    return null;
  }
}

/** `deps.docsScript`: reads the file on first use and keeps it in memory. */
export function localDocsScript(file: string): NonNullable<AppDeps["docsScript"]> {
  let cached: Promise<{ body: Uint8Array; contentType: string }> | undefined;
  return () => {
    cached ??= readFile(file).then(
      (body) => ({ body, contentType: "text/javascript; charset=utf-8" }),
      (error: unknown) => {
        cached = undefined; // try again on the next request
        throw error;
      },
    );
    return cached;
  };
}
