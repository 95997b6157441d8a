import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { builtinPolicies, mechanismSchema } from "../src/index.js";

/**
 * No dead settings: every field of the mechanism document, policy configs included, is read by
 * some code of core or the API. "Read" means a property access (`.field`, `?.field`, `["field"]`)
 * or a destructuring (`{ field }`) outside comments, in a file that also reads the field's parent
 * or grandparent (so `monthlyBulletin.enabled` is not satisfied by some other `.enabled`); a
 * field name that occurs once in the whole document needs no parent. A field nothing reads must
 * be wired to the code its description names, or removed (a policy lists removed config fields
 * in `retired`, so stored documents stay valid).
 */
const ROOTS = ["../src", "../../api/src"].map((p) => fileURLToPath(new URL(p, import.meta.url)));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

const code = ROOTS.flatMap(sources).map((file) =>
  readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:])\/\/.*$/gm, "$1"),
);

type JsonSchema = { type?: string; properties?: Record<string, JsonSchema>; anyOf?: JsonSchema[] };

/** Leaf paths of a JSON schema: objects with fixed properties are walked; anything else is a leaf. */
function leaves(schema: JsonSchema, path: string[], out: string[][]): string[][] {
  const object = schema.properties ? schema : schema.anyOf?.find((s) => s.type === "object" && s.properties);
  if (object?.properties) {
    for (const [key, child] of Object.entries(object.properties)) leaves(child, [...path, key], out);
  } else {
    out.push(path);
  }
  return out;
}

const jsonSchemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;

const fields = [
  ...leaves(jsonSchemaOf(mechanismSchema), [], []),
  ...builtinPolicies.flatMap((p) =>
    leaves(jsonSchemaOf(p.configSchema as z.ZodType), ["policies", p.id, "config"], []),
  ),
];

const accessOf = (name: string) =>
  new RegExp(`(\\?\\.|\\.)${name}\\b|\\["${name}"\\]|[{,]\\s*${name}\\s*[,}=]`);

function isRead(path: string[]): boolean {
  const leaf = path.at(-1) as string;
  // Inside a policy's config, the policy id and `config` are not names the reading code uses.
  const inside = path[0] === "policies" ? path.slice(3, -1) : path.slice(0, -1);
  const near = inside.slice(-2);
  const unique = fields.filter((f) => f.at(-1) === leaf).length === 1;
  const leafRe = accessOf(leaf);
  return code.some(
    (text) =>
      leafRe.test(text) && (unique || near.length === 0 || near.some((name) => accessOf(name).test(text))),
  );
}

describe("the mechanism document has no dead settings", () => {
  it("walks every field, policy configs included", () => {
    expect(fields.length).toBeGreaterThan(100);
    expect(fields.map((f) => f.join("."))).toContain(
      "policies.assessment.config.monthlyBulletin.publishByDay",
    );
  });

  it("finds a reader for every field", () => {
    expect(fields.filter((f) => !isRead(f)).map((f) => f.join("."))).toEqual([]);
  });

  it("would catch a field nothing reads", () => {
    expect(isRead(["policies", "assessment", "config", "yearEnd", "noSuchSettingAnywhere"])).toBe(false);
    expect(isRead(["policies", "assessment", "config", "noSuchParent", "enabled"])).toBe(false);
  });

  it("retired config fields are dropped, so stored documents stay valid", () => {
    const assessment = builtinPolicies.find((p) => p.id === "assessment");
    expect(assessment?.retired).toContain("quarterly.weights");
  });
});
