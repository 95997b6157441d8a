/**
 * Generates the SDK's contract from the API, in-process:
 *   openapi.json               the OpenAPI 3.1 document, as GET /openapi.json answers it
 *   src/schema.generated.ts    its TypeScript types (openapi-typescript)
 *
 *   tsx --conditions=source scripts/generate.ts           write both files
 *   tsx --conditions=source scripts/generate.ts --check   exit 1 if the committed files are stale
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildArtifacts, packageDir, staleArtifacts } from "./artifacts.js";

const check = process.argv.includes("--check");
const artifacts = await buildArtifacts();

if (check) {
  const stale = staleArtifacts(artifacts);
  if (stale.length > 0) {
    console.error(
      `@propgov/sdk is stale: ${stale.join(", ")} differ${stale.length === 1 ? "s" : ""} from the API's OpenAPI document.\n` +
        "Run `pnpm --filter @propgov/sdk generate` and commit the result.",
    );
    process.exitCode = 1;
  } else {
    console.log("@propgov/sdk: openapi.json and src/schema.generated.ts are current.");
  }
} else {
  for (const { file, content } of artifacts) {
    const path = join(packageDir, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    console.log(`wrote ${file}`);
  }
}
