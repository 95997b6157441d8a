import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createApp } from "@propgov/api";
import openapiTS, { astToString } from "openapi-typescript";

/** The SDK package's folder, and the repository's root (where biome.json lives). */
export const packageDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const repoRoot = resolve(packageDir, "../..");

/** The files generation owns, relative to the package. */
export const OPENAPI_FILE = "openapi.json";
export const SCHEMA_FILE = "src/schema.generated.ts";

export interface Artifact {
  /** Path relative to the SDK package. */
  file: string;
  content: string;
}

const HEADER = `/**
 * Generated from the propgov OpenAPI document by scripts/generate.ts (openapi-typescript).
 * Do not edit: run \`pnpm --filter @propgov/sdk generate\`.
 */

`;

/**
 * Builds the OpenAPI document in-process: the document is static, so the app gets a database
 * handle that is never used.
 */
export async function buildDocument(): Promise<Record<string, unknown>> {
  const app = createApp({
    db: { db: {} as never, driver: "pglite", ping: async () => {}, close: async () => {} },
  });
  const res = await app.request("/openapi.json");
  if (res.status !== 200) throw new Error(`GET /openapi.json answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as Record<string, unknown>;
}

/** Formats JSON as the repository's Biome would, so the committed file passes `pnpm lint`. */
function formatJson(file: string, json: string): string {
  const require = createRequire(import.meta.url);
  const biome = require.resolve("@biomejs/biome/bin/biome");
  return execFileSync(
    process.execPath,
    [biome, "format", `--stdin-file-path=${relative(repoRoot, join(packageDir, file))}`],
    { cwd: repoRoot, input: json, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
}

/** Both generated files, in memory. */
export async function buildArtifacts(): Promise<Artifact[]> {
  const document = await buildDocument();
  const openapi = formatJson(OPENAPI_FILE, `${JSON.stringify(document, null, 2)}\n`);
  // biome-ignore lint/suspicious/noExplicitAny: openapi-typescript's OpenAPI3 type is narrower than the JSON we have
  const ast = await openapiTS(document as any, { silent: true });
  const schema = `${HEADER}${astToString(ast)}`;
  return [
    { file: OPENAPI_FILE, content: openapi },
    { file: SCHEMA_FILE, content: schema },
  ];
}

/** The generated files whose committed content differs from a fresh generation. */
export function staleArtifacts(artifacts: Artifact[]): string[] {
  return artifacts
    .filter(({ file, content }) => {
      try {
        return readFileSync(join(packageDir, file), "utf8") !== content;
      } catch {
        return true;
      }
    })
    .map(({ file }) => file);
}
