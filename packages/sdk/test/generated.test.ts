import { describe, expect, it } from "vitest";
import { buildArtifacts, OPENAPI_FILE, SCHEMA_FILE, staleArtifacts } from "../scripts/artifacts.js";

describe("generated contract", () => {
  it("openapi.json and src/schema.generated.ts are current (run `pnpm --filter @propgov/sdk generate`)", async () => {
    const artifacts = await buildArtifacts();
    expect(artifacts.map((a) => a.file)).toEqual([OPENAPI_FILE, SCHEMA_FILE]);
    expect(staleArtifacts(artifacts)).toEqual([]);
  });
});
