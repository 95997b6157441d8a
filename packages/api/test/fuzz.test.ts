import { tenantRoles } from "@propgov/core";
import { testDrivers } from "@propgov/db/testing";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, type Harness, PASSWORD } from "./harness.js";
import { createCompanyVia } from "./registry-fixtures.js";

/**
 * Property-based fuzzing of every operation in the OpenAPI document (so operations added later are
 * fuzzed without anyone writing a test) and of Open311: each run sends an otherwise plausible
 * request with one path parameter, query parameter or body field replaced by a hostile value (NUL,
 * lone surrogates, year 0000, huge numbers, wrong types, …), or a garbage body. Whatever comes
 * back: never a 5xx, problem+json on every 4xx (Open311 answers in its own error format), and no
 * stack frame or SQL text in any body.
 *
 * CI sends at least 20,000 requests; locally about 2,000. `FUZZ_SEED` replays a run, `FUZZ_RUNS`
 * sets the total.
 */
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? (process.env.CI ? 20_500 : 2_000));
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** In-process on PGlite, for speed: what is fuzzed here is the API's handling of input, not the driver. */
const fuzzDrivers = () => testDrivers().filter((d) => d === "pglite");

type Schema = Record<string, any>;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}

interface Operation {
  method: string;
  path: string;
  operationId: string;
  roles: readonly string[] | "public" | "signedIn" | "platform";
  parameters: Parameter[];
  body?: { type: "json" | "csv"; schema: Schema };
  /** Answers with a Server-Sent Events stream that stays open: read its status, never its end. */
  stream: boolean;
}

/** A place in a request that one run fills with a hostile value. */
type Slot =
  | { in: "path" | "query"; name: string; dateish?: boolean }
  | { in: "body"; at: (string | number)[]; dateish?: boolean }
  | { in: "bodyExtra" }
  | { in: "bodyWhole" };

/** Texts every fuzzed string field should survive: the classes of input that answered 500 once. */
const HOSTILE_STRINGS = [
  "\u0000",
  "a\u0000b",
  "名称\u0000",
  "\ud800",
  "x\udfffy",
  "\udc00\ud800",
  "0000-01-01",
  "0000-12-31T23:59:59Z",
  "0001-01-01T00:00:00+14:00",
  "9999-12-31T23:59:59-14:00",
  "-000001-01-01T00:00:00Z",
  "+275760-09-13T00:00:00Z",
  "275760-09-13",
  "2026-02-30",
  "2026-13-01T00:00:00Z",
  "' OR 1=1 --",
  "'; drop table tenants; --",
  "%00",
  "%",
  "../../etc/passwd",
  "__proto__",
  "constructor",
  "🏠".repeat(40),
  "a".repeat(5000),
  "",
  " ",
  "\t\n\r",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "9".repeat(40),
  "-9223372036854775809",
  "true",
  "null",
  "<script>alert(1)</script>",
  "\u202egnp.exe",
  "\ufeff",
  "a\\b",
  '"quoted"',
];

/** Bytes in a URL that decode to nothing sane (overlong NUL, an encoded lone surrogate, bad escapes). */
const RAW_URL_TOKENS = [
  "%",
  "%00",
  "a%00b",
  "%C0%80",
  "%ED%A0%80",
  "%FF",
  "%E4%B8",
  "%zz",
  "%2e%2e",
  "%25",
  "%0A",
];

/** Dates and instants at and past the edges of what is stored (years 0001–9999 in UTC). */
const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, "0");
const hostileDate = fc.oneof(
  fc.constantFrom(
    "0000-01-01",
    "0000-02-29",
    "0000-01-01T00:00:00Z",
    "0001-01-01T00:00:00+14:00",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59-14:00",
    "9999-12-31",
    "-000001-01-01T00:00:00Z",
    "+275760-09-13T00:00:00Z",
    "10000-01-01",
    "2026-02-29",
    "2028-02-29T23:30:00+08:00",
    "0000",
    "0000-01",
    "0000-Q1",
    "9999-Q4",
  ),
  fc
    .tuple(
      fc.oneof(
        fc.integer({ min: 0, max: 3 }),
        fc.integer({ min: 9997, max: 9999 }),
        fc.integer({ min: 1899, max: 2101 }),
      ),
      fc.integer({ min: 0, max: 13 }),
      fc.integer({ min: 0, max: 32 }),
      fc.option(fc.integer({ min: -14, max: 14 })),
    )
    .map(([y, m, d, offset]) =>
      offset === null
        ? `${pad(y, 4)}-${pad(m)}-${pad(d)}`
        : `${pad(y, 4)}-${pad(m)}-${pad(d)}T00:00:00${offset < 0 ? "-" : "+"}${pad(offset)}:00`,
    ),
);

const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));
const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: anyCodeUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 10 }), fc.constantFrom("\u0000", "\ud800", "\udfff"))
      .map(([s, bad]) => `${s}${bad}${s}`),
  },
);
const hostileNumber = fc.oneof(
  fc.constantFrom(
    -1,
    0,
    -0,
    0.5,
    2 ** 31,
    2 ** 31 - 1,
    -(2 ** 31) - 1,
    2 ** 53,
    2 ** 63,
    1e308,
    -1e308,
    5e-324,
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const hostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  {
    weight: 1,
    arbitrary: fc.constantFrom(null, true, false, [], {}, [null], { "\u0000": 1 }, { __proto__: 1 }),
  },
  { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 3 }) },
);
/** A value for a URL: either a hostile string (percent-encoded as its code units are) or raw bytes. */
const hostileUrlValue = fc.oneof(
  { weight: 5, arbitrary: fc.oneof(hostileString, hostileNumber.map(String)).map(encodeCodeUnits) },
  { weight: 1, arbitrary: fc.constantFrom(...RAW_URL_TOKENS) },
);
const garbageBody = fc.oneof(
  hostileJson.map((v) => JSON.stringify(v) ?? "null"),
  fc.constantFrom("", "{", "[1,", '{"a":', "\u0000", '{"a":"\\u0000"}', '{"a":"\\ud800"}', "null", "1e999"),
  fc.string({ unit: anyCodeUnit, maxLength: 60 }),
  fc.integer({ min: 1, max: 200 }).map((depth) => `${"[".repeat(depth * 10)}${"]".repeat(depth * 10)}`),
);

/** Percent-encodes a string per UTF-16 code unit, a lone surrogate as the bytes WTF-8 would give it. */
function encodeCodeUnits(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const unit = value.charCodeAt(i);
    const next = value.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(value.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out +=
        `%${(0xe0 | (unit >> 12)).toString(16)}%${(0x80 | ((unit >> 6) & 0x3f)).toString(16)}%${(0x80 | (unit & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      out += encodeURIComponent(value[i] ?? "");
    }
  }
  return out;
}

const STACK_OR_SQL = [
  /\n\s+at /,
  /\bat [\w.<>$]+ \([^)]*:\d+:\d+\)/,
  /select /i,
  /insert into/i,
  /Failed query/i,
];

function resolveRef(doc: Schema, schema: Schema | undefined): Schema {
  let s = schema ?? {};
  for (let guard = 0; s.$ref && guard < 20; guard++) {
    s = doc.components.schemas[String(s.$ref).split("/").pop() ?? ""] ?? {};
  }
  return s;
}

/** The shape of a schema with `allOf`, `anyOf` and `oneOf` resolved to one plausible branch. */
function shapeOf(doc: Schema, schema: Schema | undefined): Schema {
  const s = resolveRef(doc, schema);
  if (s.allOf) {
    const parts = (s.allOf as Schema[]).map((p) => shapeOf(doc, p));
    return {
      type: "object",
      properties: Object.assign({}, ...parts.map((p) => p.properties ?? {})),
      required: parts.flatMap((p) => p.required ?? []),
    };
  }
  const branches = (s.anyOf ?? s.oneOf) as Schema[] | undefined;
  if (branches) {
    const real = branches.map((b) => shapeOf(doc, b)).find((b) => b.type !== "null");
    return { ...real, example: s.example ?? real?.example };
  }
  return s;
}

/** A value that fits the schema as far as a generic reader can tell (examples first, real ids). */
function plausible(doc: Schema, schema: Schema | undefined, ids: IdPool, depth = 0): unknown {
  const s = shapeOf(doc, schema);
  if (s.example !== undefined && depth > 0) return structuredClone(s.example);
  if (s.enum) return s.enum[0];
  if (s.const !== undefined) return s.const;
  const type = Array.isArray(s.type) ? s.type.find((t: string) => t !== "null") : s.type;
  switch (type) {
    case "string":
      return plausibleString(s, ids);
    case "integer":
    case "number":
      return Math.max(s.minimum ?? 1, s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
    case "boolean":
      return true;
    case "array": {
      const n = Math.max(1, s.minItems ?? 0);
      return depth > 4 ? [] : Array.from({ length: n }, () => plausible(doc, s.items, ids, depth + 1));
    }
    case "object": {
      if (s.example !== undefined) return structuredClone(s.example);
      const out: Record<string, unknown> = {};
      if (depth > 4) return out;
      for (const name of (s.required ?? []) as string[]) {
        out[name] = plausible(doc, s.properties?.[name], ids, depth + 1);
      }
      return out;
    }
    default:
      return s.example ?? "x";
  }
}

function plausibleString(s: Schema, ids: IdPool): string {
  if (s.example !== undefined) return String(s.example);
  const prefix = /^\^([a-z]{2,5})_/.exec(s.pattern ?? "")?.[1];
  if (prefix) return ids.get(prefix) ?? `${prefix}_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0`;
  if (s.format === "date-time") return "2026-05-06T09:30:00+08:00";
  if (s.format === "date" || String(s.pattern ?? "").includes("\\d{4}-\\d{2}-\\d{2}")) return "2026-05-06";
  if (s.format === "uri") return "https://example.cn/a.jpg";
  const length = Math.min(Math.max(s.minLength ?? 0, 6), s.maxLength ?? 6);
  return "甲".repeat(length);
}

/** Whether a schema holds a date or an instant: those fields get hostile dates half of the time. */
function isDateish(s: Schema): boolean {
  return (
    s.format === "date" ||
    s.format === "date-time" ||
    String(s.pattern ?? "").includes("\\d{4}") ||
    (typeof s.example === "string" && /^\d{4}-\d{2}/.test(s.example))
  );
}

/** Every field a body schema names, as paths into the body (arrays by their first item). */
function fieldPaths(
  doc: Schema,
  schema: Schema | undefined,
  at: (string | number)[] = [],
): { at: (string | number)[]; dateish: boolean }[] {
  if (at.length > 4) return [];
  const s = shapeOf(doc, schema);
  const out: { at: (string | number)[]; dateish: boolean }[] =
    at.length > 0 ? [{ at, dateish: isDateish(s) }] : [];
  if (s.properties) {
    for (const [name, prop] of Object.entries(s.properties as Record<string, Schema>)) {
      out.push(...fieldPaths(doc, prop, [...at, name]));
    }
  }
  if (s.type === "array" && s.items) out.push(...fieldPaths(doc, s.items, [...at, 0]));
  return out;
}

function setAt(target: unknown, at: (string | number)[], value: unknown): unknown {
  if (at.length === 0) return value;
  const [head, ...rest] = at as [string | number, ...(string | number)[]];
  const base: any =
    typeof head === "number"
      ? Array.isArray(target)
        ? [...target]
        : []
      : target && typeof target === "object" && !Array.isArray(target)
        ? { ...target }
        : {};
  base[head] = setAt(base[head], rest, value);
  return base;
}

/** Real ids by prefix, read from what the list operations answer, so requests reach deep code. */
class IdPool {
  private readonly byPrefix = new Map<string, string>();
  collect(value: unknown) {
    if (typeof value === "string") {
      const prefix = /^([a-z]{2,5})_[0-9A-Z]{26}$/.exec(value)?.[1];
      if (prefix && !this.byPrefix.has(prefix)) this.byPrefix.set(prefix, value);
    } else if (Array.isArray(value)) {
      for (const v of value) this.collect(v);
    } else if (value && typeof value === "object") {
      for (const v of Object.values(value)) this.collect(v);
    }
  }
  get(prefix: string) {
    return this.byPrefix.get(prefix);
  }
  /** The value with every id of a known prefix (an example's made-up one) replaced by a real one. */
  realize(value: unknown): unknown {
    if (typeof value === "string") {
      const prefix = /^([a-z]{2,5})_[0-9A-Z]{26}$/.exec(value)?.[1];
      return (prefix && this.byPrefix.get(prefix)) ?? value;
    }
    if (Array.isArray(value)) return value.map((v) => this.realize(v));
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.realize(v)]));
    }
    return value;
  }
}

function readOperations(doc: Schema): Operation[] {
  return Object.entries(doc.paths as Record<string, Record<string, Schema>>).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const content = op.requestBody?.content ?? {};
      const body = content["application/json"]
        ? { type: "json" as const, schema: content["application/json"].schema }
        : content["text/csv"]
          ? { type: "csv" as const, schema: content["text/csv"].schema }
          : undefined;
      return {
        method: method.toUpperCase(),
        path,
        operationId: op.operationId,
        roles: op["x-propgov-roles"],
        parameters: (op.parameters ?? []) as Parameter[],
        stream: Boolean(op.responses?.["200"]?.content?.["text/event-stream"]),
        ...(body ? { body } : {}),
      };
    }),
  );
}

function slotsOf(doc: Schema, op: Operation): Slot[] {
  const slots: Slot[] = op.parameters
    .filter((p) => p.in === "path" || p.in === "query")
    .map((p) => ({ in: p.in as "path" | "query", name: p.name, dateish: isDateish(shapeOf(doc, p.schema)) }));
  if (op.body?.type === "json") {
    slots.push(...fieldPaths(doc, op.body.schema).map((f) => ({ in: "body" as const, ...f })));
    slots.push({ in: "bodyExtra" }, { in: "bodyWhole" });
  } else if (op.body?.type === "csv") {
    // A CSV body: its example's cells by row and column, plus a garbage file.
    const rows = String(op.body.schema.example ?? "a,b\n1,2").split("\n");
    for (const [r, row] of rows.entries()) {
      for (const col of row.split(",").keys()) slots.push({ in: "body", at: [r, col] });
    }
    slots.push({ in: "bodyWhole" });
  }
  return slots;
}

interface Sent {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string;
}

/** What to check of an answer; the problems found, empty when it is fine. */
function problemsOf(status: number, contentType: string, text: string, expectProblemJson: boolean): string[] {
  const out: string[] = [];
  if (status >= 500) out.push(`answered ${status}`);
  if (
    status >= 400 &&
    status < 500 &&
    expectProblemJson &&
    !contentType.startsWith("application/problem+json")
  ) {
    out.push(`a ${status} as ${contentType || "no content type"}`);
  }
  for (const pattern of STACK_OR_SQL) if (pattern.test(text)) out.push(`body matches ${pattern}`);
  return out;
}

function csvCell(value: string): string {
  return `"${value.replaceAll('"', '""')}"`;
}

describe.each(fuzzDrivers())("fuzzing every operation on %s", (driver) => {
  let h: Harness;
  let doc: Schema;
  let operations: Operation[];
  const ids = new IdPool();
  const tokens = new Map<string, { token: string; relogin: () => Promise<string> }>();
  let open311Key = "";
  let requestsSent = 0;
  const unexpected: string[] = [];

  beforeAll(async () => {
    h = await createHarness(driver, {
      logger: { error: (error) => unexpected.push(String((error as Error)?.message ?? error).slice(0, 300)) },
    });
    const world = await seedCaseWorld(h);
    const company = await createCompanyVia(h, 1);
    const filed = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(world));
    ids.collect(filed);
    const scopes: Record<string, Record<string, string>> = {
      regionStaff: { regionId: world.community.id },
      departmentOfficer: { departmentId: Object.values(world.departmentIds)[0] ?? "" },
      committeeMember: { compoundId: world.sunshine },
      companyStaff: { companyId: company },
    };
    // Runs may sign their caller out, change its password or disable it: whenever a token stops
    // working, a new user of the same role is made (by the platform administrator) and signed in.
    let made = 0;
    const freshUser = async (role: string) => {
      const username = `fuzz${++made}`;
      const res = await h.request("POST", "/v1/tenants/ours/users", {
        token: h.rootToken,
        body: { username, displayName: username, password: PASSWORD, roles: [role], scope: scopes[role] },
      });
      if (res.status !== 201) throw new Error(`user: ${res.status} ${JSON.stringify(res.body)}`);
      return h.login("ours", username);
    };
    for (const role of [...tenantRoles, "signedIn"]) {
      const as = role === "signedIn" ? "countyAdmin" : role;
      tokens.set(role, { token: await freshUser(as), relogin: () => freshUser(as) });
    }
    tokens.set("platform", { token: h.rootToken, relogin: () => h.login(undefined, "root") });
    const key = await h.request("POST", "/v1/tenants/ours/api-keys", {
      token: h.ours.adminToken,
      body: { name: "Open311 fuzz", roles: ["countyAdmin"] },
    });
    if (key.status !== 201) throw new Error(`api key: ${key.status} ${JSON.stringify(key.body)}`);
    open311Key = key.body.key;

    doc = (await h.request("GET", "/openapi.json")).body;
    operations = readOperations(doc);
    // Real ids for path parameters and id fields: whatever the plain list operations answer.
    for (const op of operations) {
      if (op.method !== "GET" || op.stream || op.path.replace("{tenant}", "").includes("{")) continue;
      const res = await h.request("GET", op.path.replace("{tenant}", "ours"), { token: h.ours.adminToken });
      if (res.status === 200) ids.collect(res.body);
    }
  });
  afterAll(() => h?.destroy());

  const tokenFor = (op: Operation) => {
    if (op.roles === "public") return undefined;
    if (op.roles === "platform") return "platform";
    if (op.roles === "signedIn") return "signedIn";
    if (Array.isArray(op.roles) && !op.roles.includes("countyAdmin")) {
      return op.roles.find((r) => tokens.has(r)) ?? "countyAdmin";
    }
    return "countyAdmin";
  };

  const paramValue = (p: Parameter): string => {
    if (p.name === "tenant") return "ours";
    const value = ids.realize(plausible(doc, p.schema, ids, 1));
    return encodeURIComponent(String(value));
  };

  /** The request of one run: plausible everywhere but the slot, which gets the hostile value. */
  const build = (op: Operation, slot: Slot, urlValue: string, jsonValue: unknown, rawBody: string): Sent => {
    const path = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
      if (slot.in === "path" && slot.name === name) return urlValue;
      const p = op.parameters.find((q) => q.in === "path" && q.name === name);
      return p ? paramValue(p) : "x";
    });
    const query = op.parameters
      .filter((p) => p.in === "query")
      .flatMap((p) => {
        if (slot.in === "query" && slot.name === p.name) return [`${p.name}=${urlValue}`];
        return p.required ? [`${p.name}=${paramValue(p)}`] : [];
      });
    const headers: Record<string, string> = {};
    let body: string | undefined;
    if (op.body?.type === "json") {
      headers["content-type"] = "application/json";
      const base = ids.realize(plausible(doc, op.body.schema, ids, 0));
      if (slot.in === "bodyWhole") body = rawBody;
      else if (slot.in === "bodyExtra")
        body = JSON.stringify({
          ...(base as object),
          [typeof jsonValue === "string" ? jsonValue.slice(0, 20) : "extra"]: jsonValue,
        });
      else if (slot.in === "body") body = JSON.stringify(setAt(base, slot.at, jsonValue));
      else body = JSON.stringify(base);
    } else if (op.body?.type === "csv") {
      headers["content-type"] = "text/csv";
      const rows = String(op.body.schema.example ?? "a,b\n1,2")
        .split("\n")
        .map((r) => r.split(","));
      if (slot.in === "bodyWhole") body = rawBody;
      else {
        if (slot.in === "body") {
          const [r, col] = slot.at as [number, number];
          const row = rows[r];
          if (row) row[col] = csvCell(typeof jsonValue === "string" ? jsonValue : JSON.stringify(jsonValue));
        }
        body = rows.map((r) => r.join(",")).join("\n");
      }
    }
    return {
      method: op.method,
      url: `${path}${query.length > 0 ? `?${query.join("&")}` : ""}`,
      headers,
      ...(body !== undefined ? { body } : {}),
    };
  };

  const send = async (sent: Sent, tokenKey: string | undefined) => {
    requestsSent++;
    const headers: Record<string, string> = {
      ...sent.headers,
      // Each run from its own client, so the public rate limits leave the handlers something to do.
      "x-test-client": `10.${(requestsSent >> 16) & 255}.${(requestsSent >> 8) & 255}.${requestsSent & 255}`,
    };
    const held = tokenKey ? tokens.get(tokenKey) : undefined;
    if (held) headers.authorization = `Bearer ${held.token}`;
    let res = await h.app.request(`http://localhost${sent.url}`, {
      method: sent.method,
      headers,
      body: sent.body,
    });
    if (res.status === 401 && held) {
      // A run signed itself out (logout): sign in again and resend.
      held.token = await held.relogin();
      headers.authorization = `Bearer ${held.token}`;
      res = await h.app.request(`http://localhost${sent.url}`, {
        method: sent.method,
        headers,
        body: sent.body,
      });
    }
    const contentType = res.headers.get("content-type") ?? "";
    if (contentType.startsWith("text/event-stream")) {
      // An accepted stream stays open until the client leaves: leave it.
      await res.body?.cancel();
      return { status: res.status, contentType, text: "" };
    }
    return { status: res.status, contentType, text: await res.text() };
  };

  it("no operation answers 5xx, a 4xx without problem+json, or a stack or SQL text", async () => {
    console.info(`fuzz: seed ${SEED} (FUZZ_SEED=${SEED} replays it), ${TOTAL_RUNS} requests`);
    expect(operations.length).toBeGreaterThan(100);
    const perOperation = Math.max(10, Math.ceil((TOTAL_RUNS * 0.9) / operations.length));
    const failures: string[] = [];
    for (const [index, op] of operations.entries()) {
      const slots = slotsOf(doc, op);
      if (slots.length === 0) slots.push({ in: "query", name: "unexpected" });
      const tokenKey = tokenFor(op);
      try {
        await fc.assert(
          fc.asyncProperty(
            fc.constantFrom(...slots),
            hostileUrlValue,
            hostileJson,
            garbageBody,
            hostileDate,
            fc.boolean(),
            async (slot, urlValue, jsonValue, rawBody, date, useDate) => {
              const dated = slot.in !== "bodyExtra" && slot.in !== "bodyWhole" && slot.dateish && useDate;
              const sent = dated
                ? build(op, slot, encodeCodeUnits(date), date, rawBody)
                : build(op, slot, urlValue, jsonValue, rawBody);
              const res = await send(sent, tokenKey);
              const problems = problemsOf(res.status, res.contentType, res.text, true);
              if (problems.length > 0) {
                throw new Error(`${problems.join(", ")}: ${res.text.slice(0, 300)}`);
              }
            },
          ),
          { numRuns: perOperation, seed: SEED + index, endOnFailure: true },
        );
      } catch (error) {
        const cause = (error as Error).cause as Error | undefined;
        failures.push(
          `${op.operationId} (${op.method} ${op.path}): ${cause?.message ?? ""}\n${(error as Error).message.split("\n").slice(0, 3).join("\n")}`,
        );
      }
    }
    expect(failures, `FUZZ_SEED=${SEED} replays this; first: ${failures[0]?.slice(0, 400)}`).toEqual([]);
  }, 240_000);

  it("Open311: no 5xx and no stack or SQL text, for its queries, paths and form bodies", async () => {
    const runs = Math.max(200, Math.ceil(TOTAL_RUNS * 0.1));
    const formFields = [
      "jurisdiction_id",
      "api_key",
      "service_code",
      "lat",
      "long",
      "address_string",
      "address_id",
      "description",
      "email",
      "first_name",
      "last_name",
      "phone",
      "media_url",
      "attribute[floor]",
      "attribute[kinds][]",
    ];
    const queryFields = [
      "jurisdiction_id",
      "service_request_id",
      "service_code",
      "start_date",
      "end_date",
      "status",
    ];
    const validForm = (): Record<string, string> => ({
      jurisdiction_id: "ours",
      api_key: open311Key,
      service_code: "serviceQuality",
      lat: "33.266",
      long: "116.566",
      description: "3号楼电梯坏了三天，物业没人来修。",
    });
    const resource = fc.constantFrom(
      "discovery",
      "services",
      "services/serviceQuality",
      "services/{x}",
      "requests",
      "requests/{x}",
      "requests:post",
    );
    await fc.assert(
      fc.asyncProperty(
        resource,
        fc.constantFrom("json", "xml"),
        fc.constantFrom(...formFields),
        fc.constantFrom(...queryFields),
        hostileUrlValue,
        async (name, format, formField, queryField, value) => {
          const post = name === "requests:post";
          const path = name.replace(":post", "").replace("{x}", value);
          let query = `jurisdiction_id=ours&${queryField}=${value}`;
          let body: string | undefined;
          const headers: Record<string, string> = {};
          if (post) {
            query = "";
            const fields = new URLSearchParams(validForm()).toString();
            body = `${fields.replace(new RegExp(`(^|&)${encodeURIComponent(formField)}=[^&]*`), "")}&${encodeURIComponent(formField)}=${value}`;
            headers["content-type"] = "application/x-www-form-urlencoded";
          }
          const res = await send(
            {
              method: post ? "POST" : "GET",
              url: `/open311/v2/${path}.${format}?${query}`,
              headers,
              ...(body ? { body } : {}),
            },
            undefined,
          );
          const problems = problemsOf(res.status, res.contentType, res.text, false);
          if (res.status >= 400 && !/^(application\/json|text\/xml)/.test(res.contentType)) {
            problems.push(`a ${res.status} as ${res.contentType}`);
          }
          if (problems.length > 0) throw new Error(`${problems.join(", ")}: ${res.text.slice(0, 300)}`);
        },
      ),
      { numRuns: runs, seed: SEED },
    );
  }, 120_000);

  it("logged no unexpected error", () => {
    expect(unexpected, `FUZZ_SEED=${SEED} replays this; first: ${unexpected[0]?.slice(0, 300)}`).toEqual([]);
  });

  it(`sent the requests it promised (${TOTAL_RUNS} in all)`, () => {
    expect(requestsSent).toBeGreaterThanOrEqual(TOTAL_RUNS);
  });
});
