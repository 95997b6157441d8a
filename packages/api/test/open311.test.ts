import { newId } from "@propgov/core";
import {
  attachments,
  caseEvents,
  cases,
  compounds,
  departments,
  tenants,
  withPlatform,
  withTenant,
} from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal, TenantServiceContext } from "../src/context.js";
import { systemPrincipal } from "../src/context.js";
import { open311Time } from "../src/open311/format.js";
import { actOnCase } from "../src/services/cases/act.js";
import { createCase } from "../src/services/cases/create.js";
import { createTenant } from "../src/services/tenants.js";
import { type CaseWorld, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, failingPaths, type Harness, type Response_ } from "./harness.js";

// --- A strict little XML reader: elements, text and entities, no attributes (GeoReport v2 uses none).

interface Xml {
  name: string;
  children: Xml[];
  text: string;
}

function readXml(source: string): Xml {
  const declaration = '<?xml version="1.0" encoding="utf-8"?>\n';
  if (!source.startsWith(declaration)) throw new Error(`no XML declaration: ${source.slice(0, 60)}`);
  const body = source.slice(declaration.length).trimEnd();
  let i = 0;
  const decode = (raw: string) =>
    raw.replace(/&(#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
      e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[e]!,
    );
  const element = (): Xml => {
    const open = /^<([A-Za-z_][A-Za-z0-9_]*)>/.exec(body.slice(i));
    if (!open?.[1]) throw new Error(`expected an element at ${i}: ${body.slice(i, i + 40)}`);
    i += open[0].length;
    const el: Xml = { name: open[1], children: [], text: "" };
    for (;;) {
      if (body.startsWith(`</${el.name}>`, i)) {
        i += el.name.length + 3;
        if (el.children.length > 0) el.text = "";
        return el;
      }
      if (i >= body.length) throw new Error(`unclosed <${el.name}>`);
      if (body[i] === "<") {
        el.children.push(element());
        continue;
      }
      const next = body.indexOf("<", i);
      if (next < 0) throw new Error("text runs to the end");
      const raw = body.slice(i, next);
      if (/[<>]|&(?!(#\d+|amp|lt|gt|quot|apos);)/.test(raw)) throw new Error(`bad text ${raw}`);
      el.text += decode(raw);
      i = next;
    }
  };
  const root = element();
  if (i !== body.length) throw new Error(`trailing content: ${body.slice(i, i + 40)}`);
  return root;
}

const kids = (el: Xml, name: string) => el.children.filter((c) => c.name === name);
function at(el: Xml, ...path: string[]): Xml {
  let here = el;
  for (const name of path) {
    const next = kids(here, name)[0];
    if (!next)
      throw new Error(`<${here.name}> has no <${name}>: ${here.children.map((c) => c.name).join(", ")}`);
    here = next;
  }
  return here;
}
const textOf = (el: Xml, ...path: string[]) => at(el, ...path).text;

// --- Helpers

const JSON_TYPE = "application/json; charset=utf-8";
const XML_TYPE = "text/xml; charset=utf-8";
const OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const FORM = { "content-type": "application/x-www-form-urlencoded" };

/** Asserts the spec's error form (not problem+json) in JSON, and returns the descriptions. */
function expectOpen311Error(res: Response_, status: number): string[] {
  if (res.status !== status || !Array.isArray(res.body)) {
    throw new Error(
      `expected ${status} as an Open311 error list, got ${res.status} ${JSON.stringify(res.body)}`,
    );
  }
  expect(res.headers.get("content-type")).toBe(JSON_TYPE);
  expect(res.body.length).toBeGreaterThan(0);
  for (const e of res.body) {
    expect(Object.keys(e).sort()).toEqual(["code", "description"]);
    expect(e.code).toBe(status);
    expect(typeof e.description).toBe("string");
  }
  return res.body.map((e: { description: string }) => e.description);
}

/** The same in XML: `<errors><error><code>…</code><description>…</description></error></errors>`. */
function expectOpen311XmlError(res: Response_, status: number): string[] {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toBe(XML_TYPE);
  const root = readXml(res.body);
  expect(root.name).toBe("errors");
  const errors = kids(root, "error");
  expect(errors.length).toBeGreaterThan(0);
  for (const e of errors) {
    expect(e.children.map((c) => c.name)).toEqual(["code", "description"]);
    expect(textOf(e, "code")).toBe(String(status));
  }
  return errors.map((e) => textOf(e, "description"));
}

const REQUEST_FIELDS = [
  "service_request_id",
  "status",
  "status_notes",
  "service_name",
  "service_code",
  "description",
  "agency_responsible",
  "service_notice",
  "requested_datetime",
  "updated_datetime",
  "expected_datetime",
  "address",
  "address_id",
  "zipcode",
  "lat",
  "long",
  "media_url",
];

/**
 * The rules of the GeoReport v2 JSON schemas (open311/schema-validation, georeport-v2 request.json
 * and service.json) as checks: required members, types (`null` where the schema allows it), the
 * status and type enums, `description` at most 4000 characters, datetimes and `media_url` a URI.
 * Returns the violations, so a failing test names them all.
 */
function requestViolations(r: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const name of ["service_request_id", "status", "service_code", "requested_datetime"]) {
    if (r[name] === undefined || r[name] === null) out.push(`${name} is required`);
  }
  const stringOrNull = [
    "status_notes",
    "service_name",
    "description",
    "agency_responsible",
    "service_notice",
    "address",
    "address_id",
    "zipcode",
  ];
  for (const name of ["service_request_id", "service_code"]) {
    if (typeof r[name] !== "string") out.push(`${name} is not a string`);
  }
  for (const name of stringOrNull) {
    if (r[name] !== null && typeof r[name] !== "string") out.push(`${name} is neither a string nor null`);
  }
  if (r.status !== "open" && r.status !== "closed") out.push("status is not open or closed");
  if (typeof r.description === "string" && r.description.length > 4000) out.push("description is too long");
  const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  for (const name of ["requested_datetime", "updated_datetime", "expected_datetime"]) {
    const v = r[name];
    if (v === null && name !== "requested_datetime") continue;
    if (typeof v !== "string" || !dateTime.test(v) || Number.isNaN(Date.parse(v)))
      out.push(`${name} is not a date-time`);
  }
  for (const name of ["lat", "long"]) {
    if (r[name] !== null && typeof r[name] !== "number") out.push(`${name} is neither a number nor null`);
  }
  if (r.media_url !== null) {
    try {
      if (typeof r.media_url !== "string") throw new Error();
      new URL(r.media_url);
    } catch {
      out.push("media_url is not a URI");
    }
  }
  return out;
}

function serviceViolations(service: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const name of ["service_code", "service_name"]) {
    if (typeof service[name] !== "string" || service[name] === "") out.push(`${name} is not a string`);
  }
  if (typeof service.metadata !== "boolean") out.push("metadata is not a boolean");
  if (!["realtime", "batch", "blackbox"].includes(service.type as string))
    out.push("type is not in the enum");
  for (const name of ["description", "keywords", "group"]) {
    if (service[name] !== null && typeof service[name] !== "string")
      out.push(`${name} is neither a string nor null`);
  }
  return out;
}

describe.each(testDrivers())("Open311 GeoReport v2 on %s", (driver) => {
  let h: Harness;
  let world: CaseWorld;
  let countyKey: string;
  let countyKeyId: string;
  let regionKey: string;
  let departmentKey: string;
  let revokedKey: string;
  let otherKey: string;

  // 阳光花园 and 幸福里 are 2.3 km apart; the archived compound lies closest to the first point of
  // the happy path, and must not be chosen; 立仓小区 is far away.
  const SUNSHINE = { lat: 33.265, long: 116.565 };
  const HAPPY = { lat: 33.265, long: 116.59 };
  const NEAR_SUNSHINE = { lat: 33.266, long: 116.566 };

  const createKey = async (tenant: Harness["ours"], body: Record<string, unknown>) => {
    const res = await h.request("POST", `/v1/tenants/${tenant.slug}/api-keys`, {
      token: tenant.adminToken,
      body,
    });
    if (res.status !== 201) throw new Error(`key create failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body as { id: string; key: string };
  };

  const adminPrincipal = (): Principal => ({
    kind: "user",
    tenantId: h.ours.id,
    userId: h.ours.adminId,
    username: "admin",
    displayName: "蒙城县管理员",
    roles: ["countyAdmin"],
    scope: null,
    sessionId: "ses_test",
    via: "bearer",
  });
  const staff = (): TenantServiceContext => ({
    deps: h.deps,
    requestId: "test",
    principal: adminPrincipal(),
    tenant: h.ours,
  });

  const post = (
    format: "json" | "xml",
    fields: Record<string, string>,
    query = "?jurisdiction_id=ours",
    headers: Record<string, string> = FORM,
  ) =>
    h.request("POST", `/open311/v2/requests.${format}${query}`, {
      rawBody: new URLSearchParams(fields).toString(),
      headers,
    });

  const valid = (overrides: Record<string, string> = {}) => ({
    api_key: countyKey,
    service_code: "serviceQuality",
    lat: String(NEAR_SUNSHINE.lat),
    long: String(NEAR_SUNSHINE.long),
    description: "3号楼电梯坏了三天，物业没人来修。",
    ...overrides,
  });

  /** Files through Open311 and returns the case number. */
  const file = async (overrides: Record<string, string> = {}) => {
    const res = await post("json", valid(overrides));
    if (res.status !== 201) throw new Error(`open311 file failed: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body[0].service_request_id as string;
  };

  const caseByNumber = async (number: string) => {
    const [row] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(cases)
        .where(and(eq(cases.tenantId, h.ours.id), eq(cases.number, number))),
    );
    if (!row) throw new Error(`no case ${number}`);
    return row;
  };

  const getRequests = (query: string, format: "json" | "xml" = "json") =>
    h.request("GET", `/open311/v2/requests.${format}?jurisdiction_id=ours${query}`);
  const numbersOf = (res: Response_) =>
    (res.body as { service_request_id: string }[]).map((r) => r.service_request_id);

  const SUITE_BUDGETS = { publicIntake: { perMinute: 10_000 }, publicReads: { perMinute: 10_000 } };
  const putSettings = async (body: Record<string, unknown>) => {
    // A fresh session: earlier tests move the clock past the seeded one's idle lifetime.
    const token = await h.login("ours", "admin");
    const res = await h.request("PUT", "/v1/tenants/ours/settings", { token, body });
    if (res.status !== 200) throw new Error(`settings failed: ${res.status} ${JSON.stringify(res.body)}`);
  };

  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-10-20T02:00:00.000Z" });
    world = await seedCaseWorld(h);
    const place = async (id: string, p: { lat: number; long: number }) =>
      withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx
          .update(compounds)
          .set({ lat: p.lat, lng: p.long })
          .where(and(eq(compounds.tenantId, h.ours.id), eq(compounds.id, id))),
      );
    await place(world.sunshine, SUNSHINE);
    await place(world.happy, HAPPY);
    await place(world.archived, { lat: 33.2661, long: 116.5661 });
    await place(world.far, { lat: 33.1, long: 116.3 });

    const county = await createKey(h.ours, { name: "Open311 bridge", roles: ["countyAdmin"] });
    countyKey = county.key;
    countyKeyId = county.id;
    regionKey = (
      await createKey(h.ours, {
        name: "立仓镇 app",
        roles: ["regionStaff"],
        scope: { regionId: world.township.id },
      })
    ).key;
    departmentKey = (
      await createKey(h.ours, {
        name: "urban management feed",
        roles: ["departmentOfficer"],
        scope: { departmentId: world.departmentIds.urbanManagement },
      })
    ).key;
    const revoked = await createKey(h.ours, { name: "old bridge", roles: ["countyAdmin"] });
    const del = await h.request("DELETE", `/v1/tenants/ours/api-keys/${revoked.id}`, {
      token: h.ours.adminToken,
    });
    expect(del.status).toBe(200);
    revokedKey = revoked.key;
    otherKey = (await createKey(h.other, { name: "涡阳 bridge", roles: ["countyAdmin"] })).key;
    // This suite speaks from one client address: lift its budgets (the rate-limit test lowers them).
    await putSettings(SUITE_BUDGETS);
  });
  afterAll(() => h?.destroy());

  // -------------------------------------------------------------------------------------------
  // Discovery, services, definitions

  it("discovery lists the production and the test endpoint in both formats, dated in the tenant's zone", async () => {
    const json = await h.request("GET", "/open311/v2/discovery.json?jurisdiction_id=ours");
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe(JSON_TYPE);
    expect(Object.keys(json.body)).toEqual(["changeset", "contact", "key_service", "endpoints"]);
    expect(json.body.changeset).toMatch(OFFSET);
    expect(json.body.contact).toContain("蒙城县");
    expect(json.body.key_service).toContain("api_key");
    expect(json.body.endpoints).toEqual([
      {
        specification: "http://wiki.open311.org/GeoReport_v2",
        url: "http://localhost/open311/v2",
        changeset: json.body.changeset,
        type: "production",
        formats: ["text/xml", "application/json"],
      },
      {
        specification: "http://wiki.open311.org/GeoReport_v2",
        url: "http://localhost/open311/test/v2",
        changeset: json.body.changeset,
        type: "test",
        formats: ["text/xml", "application/json"],
      },
    ]);

    const xml = await h.request("GET", "/open311/v2/discovery.xml", {
      headers: { "x-forwarded-proto": "https", "x-forwarded-host": "gov.example.cn" },
    });
    expect(xml.status).toBe(200);
    expect(xml.headers.get("content-type")).toBe(XML_TYPE);
    const root = readXml(xml.body);
    expect(root.name).toBe("discovery");
    expect(root.children.map((c) => c.name)).toEqual(["changeset", "contact", "key_service", "endpoints"]);
    const endpoint = at(root, "endpoints", "endpoint");
    expect(textOf(endpoint, "specification")).toBe("http://wiki.open311.org/GeoReport_v2");
    expect(textOf(endpoint, "url")).toBe("https://gov.example.cn/open311/v2");
    expect(textOf(endpoint, "type")).toBe("production");
    const [, testEndpoint] = kids(at(root, "endpoints"), "endpoint");
    expect(testEndpoint && textOf(testEndpoint, "url")).toBe("https://gov.example.cn/open311/test/v2");
    expect(testEndpoint && textOf(testEndpoint, "type")).toBe("test");
    expect(kids(at(endpoint, "formats"), "format").map((f) => f.text)).toEqual([
      "text/xml",
      "application/json",
    ]);

    expectOpen311Error(await h.request("GET", "/open311/v2/discovery.json?jurisdiction_id=nowhere"), 404);
  });

  it("services are the mechanism's categories, in both formats", async () => {
    const json = await h.request("GET", "/open311/v2/services.json?jurisdiction_id=ours");
    expect(json.status).toBe(200);
    expect(json.headers.get("content-type")).toBe(JSON_TYPE);
    const quality = json.body.find((s: { service_code: string }) => s.service_code === "serviceQuality");
    expect(quality).toEqual({
      service_code: "serviceQuality",
      service_name: "物业服务质量",
      description: "物业服务质量 / Quality of property service",
      metadata: false,
      type: "realtime",
      keywords: "complaint",
      group: "投诉",
    });
    const construction = json.body.find(
      (s: { service_code: string }) => s.service_code === "illegalConstruction",
    );
    expect(construction).toMatchObject({
      service_name: "乱搭乱建",
      keywords: "violation",
      group: "违法违规",
    });

    const xml = await h.request("GET", "/open311/v2/services.xml?jurisdiction_id=ours");
    expect(xml.headers.get("content-type")).toBe(XML_TYPE);
    const root = readXml(xml.body);
    expect(root.name).toBe("services");
    const services = kids(root, "service");
    expect(services.map((s) => textOf(s, "service_code"))).toEqual(
      json.body.map((s: { service_code: string }) => s.service_code),
    );
    const first = services.find((s) => textOf(s, "service_code") === "serviceQuality")!;
    expect(first.children.map((c) => c.name)).toEqual([
      "service_code",
      "service_name",
      "description",
      "metadata",
      "type",
      "keywords",
      "group",
    ]);
    expect(textOf(first, "metadata")).toBe("false");
    expect(textOf(first, "group")).toBe("投诉");
  });

  it("a service definition has no attributes today; an unknown code is 404 in its format", async () => {
    const json = await h.request("GET", "/open311/v2/services/serviceQuality.json?jurisdiction_id=ours");
    expect(json.status).toBe(200);
    expect(json.body).toEqual({ service_code: "serviceQuality", attributes: [] });
    const xml = await h.request("GET", "/open311/v2/services/illegalConstruction.xml?jurisdiction_id=ours");
    const root = readXml(xml.body);
    expect(root.name).toBe("service_definition");
    expect(textOf(root, "service_code")).toBe("illegalConstruction");
    expect(at(root, "attributes").children).toEqual([]);

    expect(
      expectOpen311Error(
        await h.request("GET", "/open311/v2/services/nope.json?jurisdiction_id=ours"),
        404,
      )[0],
    ).toContain("nope");
    expectOpen311XmlError(await h.request("GET", "/open311/v2/services/nope.xml?jurisdiction_id=ours"), 404);
  });

  // -------------------------------------------------------------------------------------------
  // POST requests

  it("files a case at the compound nearest to lat/long, with the key as actor and the reporter kept", async () => {
    const res = await post(
      "json",
      valid({
        first_name: "三",
        last_name: "张",
        phone: "138 1234 5678",
        media_url: "https://img.example.cn/elevator.jpg",
        address_string: "3号楼东侧",
        email: "ignored@example.cn",
      }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toBe(JSON_TYPE);
    expect(res.body).toHaveLength(1);
    expect(Object.keys(res.body[0])).toEqual(["service_request_id", "service_notice", "account_id"]);
    const number = res.body[0].service_request_id as string;
    expect(number).toMatch(/^[A-Z][A-Z0-9]*-\d{4}-\d{6}$/);
    expect(res.body[0].account_id).toBeNull();
    expect(res.body[0].service_notice).toContain(number);
    expect(res.body[0].service_notice).toMatch(/\+08:00/);

    const row = await caseByNumber(number);
    expect(row).toMatchObject({
      compoundId: world.sunshine, // not the (closer) archived compound
      communityId: world.community.id,
      channel: "open311",
      category: "serviceQuality",
      status: "received",
      reporterName: "张三",
      reporterPhone: "13812345678",
      photos: ["https://img.example.cn/elevator.jpg"],
      locationText: "3号楼东侧",
      lat: NEAR_SUNSHINE.lat,
      long: NEAR_SUNSHINE.long,
    });
    const events = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select()
        .from(caseEvents)
        .where(and(eq(caseEvents.tenantId, h.ours.id), eq(caseEvents.caseId, row.id))),
    );
    expect(events.map((e) => [e.type, e.actorType, e.actorId, e.actorName])).toEqual([
      ["received", "apiKey", countyKeyId, "Open311 bridge"],
    ]);

    // Between the two compounds, the nearer one (幸福里) wins.
    const between = await file({ lat: "33.265", long: "116.58" });
    expect((await caseByNumber(between)).compoundId).toBe(world.happy);
  });

  it("files by address_id (XML answer), and by a compound's name or address in address_string", async () => {
    const res = await post("xml", { ...valid(), lat: "", long: "", address_id: world.far });
    expect(res.status).toBe(201);
    expect(res.headers.get("content-type")).toBe(XML_TYPE);
    const root = readXml(res.body);
    expect(root.name).toBe("service_requests");
    const created = at(root, "request");
    expect(created.children.map((c) => c.name)).toEqual([
      "service_request_id",
      "service_notice",
      "account_id",
    ]);
    expect(textOf(created, "account_id")).toBe("");
    expect((await caseByNumber(textOf(created, "service_request_id"))).compoundId).toBe(world.far);

    const byAddress = await file({ lat: "", long: "", address_string: "幸福里路1号东门旁" });
    expect((await caseByNumber(byAddress)).compoundId).toBe(world.happy);
    const byName = await file({ lat: "", long: "", address_string: "阳光花园 5 号楼" });
    expect(await caseByNumber(byName)).toMatchObject({ compoundId: world.sunshine, lat: null, long: null });
    // Nothing within 2 km of the point: the address string decides.
    const fallback = await file({ lat: "33.4", long: "116.9", address_string: "立仓小区北门" });
    expect((await caseByNumber(fallback)).compoundId).toBe(world.far);
    // jurisdiction_id may come in the form body instead of the query string.
    const inBody = await post("json", { ...valid(), jurisdiction_id: "ours" }, "");
    expect(inBody.status).toBe(201);
  });

  it("refuses bad submissions in the spec's error form, naming the parameter (JSON)", async () => {
    const descriptions = async (res: Promise<Response_>, status: number) =>
      expectOpen311Error(await res, status);

    expect((await descriptions(post("json", valid(), ""), 400))[0]).toMatch(/^jurisdiction_id: /);
    expect(await descriptions(post("json", valid(), "?jurisdiction_id=nowhere"), 404)).toEqual([
      "jurisdiction_id 'nowhere' is not a jurisdiction here.",
    ]);
    expect(
      (
        await descriptions(
          h.request("POST", "/open311/v2/requests.json?jurisdiction_id=ours", { body: valid() }),
          400,
        )
      )[0],
    ).toContain("application/x-www-form-urlencoded");
    // GeoReport v2: "403 - api_key was not provided or was invalid".
    expect((await descriptions(post("json", valid({ api_key: "" })), 403))[0]).toMatch(/^api_key: Required/);
    const { api_key: _key, ...keyless } = valid();
    expect((await descriptions(post("json", keyless), 403))[0]).toMatch(/^api_key: /);
    for (const key of [
      otherKey,
      revokedKey,
      "garbage",
      "key_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0.abc",
      h.ours.adminToken,
    ]) {
      expect(await descriptions(post("json", valid({ api_key: key })), 403)).toEqual([
        "api_key: Not a valid API key of this jurisdiction.",
      ]);
    }
    expect((await descriptions(post("json", valid({ api_key: departmentKey })), 403))[0]).toMatch(
      /^api_key: .*countyAdmin, regionStaff/,
    );
    // GeoReport v2: "404 - service_code or service_request_id not found".
    expect(await descriptions(post("json", valid({ service_code: "potholes" })), 404)).toEqual([
      expect.stringMatching(/^service_code: 'potholes' is not a service here; one of: .*serviceQuality/),
    ]);
    expect((await descriptions(post("json", valid({ service_code: "" })), 400))[0]).toMatch(
      /^service_code: /,
    );
    expect((await descriptions(post("json", valid({ lat: "", long: "" })), 400))[0]).toMatch(
      /^lat: A location is required/,
    );
    expect((await descriptions(post("json", valid({ long: "" })), 400))[0]).toBe(
      "long: Give lat and long together.",
    );
    expect((await descriptions(post("json", valid({ lat: "north" })), 400))[0]).toMatch(/^lat: A latitude/);
    expect((await descriptions(post("json", valid({ phone: "12345678" })), 400))[0]).toMatch(
      /^phone: Not a phone number/,
    );
    expect((await descriptions(post("json", valid({ description: "长".repeat(4001) })), 400))[0]).toBe(
      "description: At most 4000 characters.",
    );
    expect((await descriptions(post("json", valid({ media_url: "ftp://x" })), 400))[0]).toMatch(
      /^media_url: /,
    );
    expect((await descriptions(post("json", valid({ lat: "33.4", long: "116.9" })), 400))[0]).toMatch(
      /^lat: No residential compound lies within 2 km/,
    );
    expect(
      (await descriptions(post("json", valid({ lat: "", long: "", address_id: world.archived })), 400))[0],
    ).toMatch(/^address_id: /);
    // Several failures at once: one error each.
    expect(
      await descriptions(post("json", valid({ service_code: "", phone: "1", lat: "north" })), 400),
    ).toHaveLength(3);
  });

  it("refuses bad submissions in XML too", async () => {
    expect(expectOpen311XmlError(await post("xml", valid(), ""), 400)[0]).toMatch(/^jurisdiction_id: /);
    expectOpen311XmlError(await post("xml", valid(), "?jurisdiction_id=nowhere"), 404);
    expectOpen311XmlError(
      await post("xml", valid(), "?jurisdiction_id=ours", { "content-type": "text/plain" }),
      400,
    );
    expect(expectOpen311XmlError(await post("xml", valid({ api_key: "" })), 403)[0]).toMatch(/^api_key: /);
    expectOpen311XmlError(await post("xml", valid({ api_key: otherKey })), 403);
    expectOpen311XmlError(await post("xml", valid({ api_key: revokedKey })), 403);
    expectOpen311XmlError(await post("xml", valid({ api_key: departmentKey })), 403);
    expect(expectOpen311XmlError(await post("xml", valid({ service_code: "potholes" })), 404)[0]).toMatch(
      /^service_code: /,
    );
    expect(expectOpen311XmlError(await post("xml", valid({ lat: "", long: "" })), 400)[0]).toMatch(/^lat: /);
    expect(expectOpen311XmlError(await post("xml", valid({ phone: "abc" })), 400)[0]).toMatch(/^phone: /);
    // The archived tenant's requests are gone with it.
    await createTenant(
      { deps: h.deps, requestId: "t", principal: systemPrincipal("test") },
      { slug: "gone", name: "旧县", divisionCode: "341699" },
    );
    await withPlatform(h.deps.db.db, (tx) =>
      tx.update(tenants).set({ archivedAt: new Date() }).where(eq(tenants.slug, "gone")),
    );
    expectOpen311XmlError(await h.request("GET", "/open311/v2/services.xml?jurisdiction_id=gone"), 404);
  });

  it("a region-scoped key files only for compounds in its region", async () => {
    expect(expectOpen311Error(await post("json", valid({ api_key: regionKey })), 400)[0]).toMatch(
      /^lat: No residential compound/,
    );
    expectOpen311Error(
      await post("json", valid({ api_key: regionKey, lat: "", long: "", address_id: world.sunshine })),
      400,
    );
    const res = await post("json", valid({ api_key: regionKey, lat: "33.1005", long: "116.3005" }));
    expect(res.status).toBe(201);
    expect((await caseByNumber(res.body[0].service_request_id)).compoundId).toBe(world.far);
  });

  // -------------------------------------------------------------------------------------------
  // GET requests

  it("GET requests/{id} answers a list of one with every field, in both formats; unknown is 404", async () => {
    const number = await file({
      service_code: "illegalConstruction",
      first_name: "四",
      last_name: "李",
      phone: "13900001111",
      media_url: "https://img.example.cn/shed.jpg",
    });
    const row = await caseByNumber(number);
    await actOnCase(staff(), row.id, { type: "contact" });
    await actOnCase(staff(), row.id, { type: "whistle" });
    const summoned = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx
        .select({ id: departments.id, nameZh: departments.nameZh })
        .from(departments)
        .where(
          and(
            eq(departments.tenantId, h.ours.id),
            inArray(departments.id, [
              world.departmentIds.urbanManagement!,
              world.departmentIds.naturalResources!,
            ]),
          ),
        ),
    );
    const byId = new Map(summoned.map((d) => [d.id, d.nameZh]));
    const agency = [world.departmentIds.urbanManagement!, world.departmentIds.naturalResources!]
      .map((id) => byId.get(id))
      .join("、");

    const json = await h.request("GET", `/open311/v2/requests/${number}.json?jurisdiction_id=ours`);
    expect(json.status).toBe(200);
    expect(json.body).toHaveLength(1);
    const r = json.body[0];
    expect(Object.keys(r)).toEqual(REQUEST_FIELDS);
    expect(r).toMatchObject({
      service_request_id: number,
      status: "open",
      status_notes: "已吹哨 / Whistled",
      service_name: "乱搭乱建",
      service_code: "illegalConstruction",
      description: "3号楼电梯坏了三天，物业没人来修。",
      agency_responsible: agency,
      service_notice: null,
      address: "阳光花园路1号", // no location text: the compound's address
      address_id: world.sunshine,
      zipcode: null,
      lat: NEAR_SUNSHINE.lat,
      long: NEAR_SUNSHINE.long,
      media_url: "https://img.example.cn/shed.jpg",
    });
    for (const field of ["requested_datetime", "updated_datetime", "expected_datetime"]) {
      expect(r[field]).toMatch(OFFSET);
    }
    expect(new Date(r.requested_datetime).getTime()).toBe(Math.floor(row.receivedAt.getTime() / 1000) * 1000);
    expect(r.expected_datetime).toBe(open311Time(row.resolutionDueAt, "Asia/Shanghai"));

    const xml = await h.request("GET", `/open311/v2/requests/${number}.xml?jurisdiction_id=ours`);
    expect(xml.headers.get("content-type")).toBe(XML_TYPE);
    const root = readXml(xml.body);
    expect(root.name).toBe("service_requests");
    const request = at(root, "request");
    expect(request.children.map((c) => c.name)).toEqual(REQUEST_FIELDS);
    expect(textOf(request, "status")).toBe("open");
    expect(textOf(request, "status_notes")).toBe("已吹哨 / Whistled");
    expect(textOf(request, "agency_responsible")).toBe(agency);
    expect(textOf(request, "requested_datetime")).toBe(r.requested_datetime);
    expect(textOf(request, "lat")).toBe(String(NEAR_SUNSHINE.lat));
    expect(textOf(request, "zipcode")).toBe("");

    // A case filed without a point shows its compound's coordinates, and the community answers.
    const byName = await file({ lat: "", long: "", address_string: "幸福里 2 栋" });
    const [plain] = (
      await h.request("GET", `/open311/v2/requests/${byName.toLowerCase()}.json?jurisdiction_id=ours`)
    ).body;
    expect(plain).toMatchObject({
      status_notes: "已受理 / Received",
      agency_responsible: "城南社区",
      address: "幸福里 2 栋",
      lat: HAPPY.lat,
      long: HAPPY.long,
      media_url: null,
    });

    expectOpen311Error(
      await h.request("GET", "/open311/v2/requests/OURS-1999-000001.json?jurisdiction_id=ours"),
      404,
    );
    expectOpen311XmlError(
      await h.request("GET", "/open311/v2/requests/OURS-1999-000001.xml?jurisdiction_id=ours"),
      404,
    );
    // Another county's case is not found through this jurisdiction.
    expectOpen311Error(
      await h.request("GET", `/open311/v2/requests/${number}.json?jurisdiction_id=other`),
      404,
    );
  });

  it("never shows the reporter's name or phone, in either format", async () => {
    const number = await file({ first_name: "五", last_name: "王", phone: "13755556666" });
    for (const path of [`requests/${number}`, "requests"]) {
      for (const format of ["json", "xml"] as const) {
        const res = await h.request("GET", `/open311/v2/${path}.${format}?jurisdiction_id=ours`);
        expect(res.status).toBe(200);
        const text = typeof res.body === "string" ? res.body : JSON.stringify(res.body);
        expect(text).toContain(number);
        for (const secret of [
          "王五",
          "13755556666",
          "137****6666",
          "张三",
          "13812345678",
          "reporter",
          "phone",
        ]) {
          expect(text).not.toContain(secret);
        }
      }
    }
  });

  it("filters by ids, service_code, status and dates; the default is the last 90 days", async () => {
    const a = await file(); // serviceQuality, to be closed
    h.advance(10 * 86_400_000);
    const b = await file({ service_code: "illegalConstruction" });
    const aRow = await caseByNumber(a);
    await actOnCase(staff(), aRow.id, { type: "contact" });
    await actOnCase(staff(), aRow.id, { type: "resolve" });
    await actOnCase(staff(), aRow.id, { type: "close" });

    // service_request_id overrides every other parameter.
    const ids = await getRequests(`&service_request_id=${a},%20${b}&status=open&service_code=nothing`);
    expect(ids.status).toBe(200);
    expect(numbersOf(ids)).toEqual([b, a]); // newest first
    const idsXml = readXml((await getRequests(`&service_request_id=${a},${b}`, "xml")).body);
    expect(kids(idsXml, "request").map((r) => textOf(r, "service_request_id"))).toEqual([b, a]);

    const byCode = numbersOf(await getRequests("&service_code=illegalConstruction"));
    expect(byCode).toContain(b);
    expect(byCode).not.toContain(a);
    const bothCodes = numbersOf(await getRequests("&service_code=illegalConstruction,serviceQuality"));
    expect(bothCodes).toEqual(expect.arrayContaining([a, b]));

    const closed = await getRequests("&status=closed");
    expect(numbersOf(closed)).toEqual([a]);
    expect(closed.body[0]).toMatchObject({ status: "closed", status_notes: "已结案 / Closed" });
    const closedXml = readXml((await getRequests("&status=closed", "xml")).body);
    expect(kids(closedXml, "request").map((r) => textOf(r, "status"))).toEqual(["closed"]);
    const open = numbersOf(await getRequests("&status=open"));
    expect(open).toContain(b);
    expect(open).not.toContain(a);
    expect(numbersOf(await getRequests("&status=open,closed"))).toEqual(expect.arrayContaining([a, b]));

    const bAt = new Date(
      (await getRequests(`&service_request_id=${b}`)).body[0].requested_datetime,
    ).getTime();
    const zoned = (ms: number) => encodeURIComponent(open311Time(new Date(ms), "Asia/Shanghai"));
    const window = numbersOf(
      await getRequests(`&start_date=${zoned(bAt - 3_600_000)}&end_date=${zoned(bAt + 3_600_000)}`),
    );
    expect(window).toContain(b);
    expect(window).not.toContain(a);
    // From a start: 90 days on. An unencoded `+` (read as a space) still means the offset.
    const fromStart = numbersOf(
      await getRequests(`&start_date=${open311Time(new Date(bAt - 11 * 86_400_000), "Asia/Shanghai")}`),
    );
    expect(fromStart).toEqual(expect.arrayContaining([a, b]));
    const untilEnd = numbersOf(await getRequests(`&end_date=${zoned(bAt - 3_600_000)}`));
    expect(untilEnd).toContain(a);
    expect(untilEnd).not.toContain(b);

    // Bad parameters: 400 naming each.
    expect(expectOpen311Error(await getRequests("&status=pending"), 400)[0]).toMatch(/^status: /);
    expect(expectOpen311Error(await getRequests("&start_date=2024-05-06"), 400)[0]).toMatch(/^start_date: /);
    expect(
      expectOpen311Error(
        await getRequests("&start_date=2024-01-01T00:00:00Z&end_date=2024-06-01T00:00:00Z"),
        400,
      )[0],
    ).toMatch(/^end_date: .*90 days/);
    expect(
      expectOpen311XmlError(
        await getRequests("&start_date=2024-06-01T00:00:00Z&end_date=2024-01-01T00:00:00Z", "xml"),
        400,
      )[0],
    ).toMatch(/^end_date: Earlier than start_date/);

    // 85 days later, the default window (the last 90 days) still holds b but no longer a.
    h.advance(85 * 86_400_000);
    const recent = numbersOf(await getRequests(""));
    expect(recent).toContain(b);
    expect(recent).not.toContain(a);
  });

  // -------------------------------------------------------------------------------------------
  // Paths, jurisdictions, methods

  it("answers paths, jurisdictions and methods it does not serve in the spec's error form", async () => {
    // No format extension: 404 in JSON.
    expect(
      expectOpen311Error(await h.request("GET", "/open311/v2/services?jurisdiction_id=ours"), 404)[0],
    ).toMatch(/\.json/);
    expectOpen311Error(await h.request("GET", "/open311/v2/services.csv?jurisdiction_id=ours"), 404);
    expectOpen311Error(await h.request("GET", "/open311/v2"), 404);
    expectOpen311XmlError(await h.request("GET", "/open311/v2/tokens/abc.xml?jurisdiction_id=ours"), 404);
    expectOpen311Error(await h.request("GET", "/open311/v2/services/a/b.json?jurisdiction_id=ours"), 404);

    expect(expectOpen311Error(await h.request("GET", "/open311/v2/services.json"), 400)[0]).toMatch(
      /^jurisdiction_id: Required/,
    );
    expectOpen311XmlError(await h.request("GET", "/open311/v2/requests.xml"), 400);
    expectOpen311Error(await h.request("GET", "/open311/v2/services.json?jurisdiction_id=nowhere"), 404);
    expectOpen311Error(await h.request("GET", "/open311/v2/requests.json?jurisdiction_id=Bad%20Slug"), 404);

    const wrong = await h.request("DELETE", "/open311/v2/requests.json?jurisdiction_id=ours");
    expectOpen311Error(wrong, 405);
    expect(wrong.headers.get("allow")).toBe("GET, POST, HEAD");
    expectOpen311XmlError(await h.request("POST", "/open311/v2/services.xml?jurisdiction_id=ours"), 405);
    // Every answer carries the request id, as the rest of the API does.
    expect(wrong.headers.get("x-request-id")).toMatch(/^req_/);
  });

  it("reads per jurisdiction: the other county sees none of ours", async () => {
    const res = await h.request("GET", "/open311/v2/requests.json?jurisdiction_id=other");
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    const xml = readXml((await h.request("GET", "/open311/v2/requests.xml?jurisdiction_id=other")).body);
    expect(xml).toEqual({ name: "service_requests", children: [], text: "" });
  });

  it("limits each client's submissions and reads per minute: 429 in the spec's form, with Retry-After", async () => {
    await putSettings({ publicIntake: { perMinute: 2 }, publicReads: { perMinute: 3 } });
    try {
      const now = h.deps.now().getTime();
      h.advance(60_000 - (now % 60_000) + 500);
      const client = { "x-test-client": "10.3.1.1" };
      const submit = (format: "json" | "xml" = "json", headers = client) =>
        post(format, valid(), "?jurisdiction_id=ours", { ...FORM, ...headers });
      expect((await submit()).status).toBe(201);
      // A refused submission (no key) counts too.
      expect(
        (await post("json", valid({ api_key: "" }), "?jurisdiction_id=ours", { ...FORM, ...client })).status,
      ).toBe(403);
      const refused = await submit();
      expect(expectOpen311Error(refused, 429)[0]).toMatch(/Too many requests/);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
      expectOpen311XmlError(await submit("xml"), 429);
      expect((await submit("json", { "x-test-client": "10.3.1.2" })).status).toBe(201);

      // Reads have their own budget: services, requests and one request all count.
      const read = (resource: string) =>
        h.request("GET", `/open311/v2/${resource}.json?jurisdiction_id=ours`, { headers: client });
      expect((await read("services")).status).toBe(200);
      expect((await read("requests")).status).toBe(200);
      expect((await read("requests/NOPE-1")).status).toBe(404);
      const tooMany = await read("services");
      expectOpen311Error(tooMany, 429);
      expect(Number(tooMany.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);

      // The next minute is a new window for both.
      h.advance(60_000);
      expect((await read("services")).status).toBe(200);
      expect((await submit()).status).toBe(201);
    } finally {
      await putSettings(SUITE_BUDGETS);
    }
  });

  // -------------------------------------------------------------------------------------------
  // GeoReport v2 conformance (the spec's text, the SeeClickFix validator's rules, the JSON schemas)

  it("takes description as optional: the service's name stands in, a short text is kept", async () => {
    const { description: _d, ...without } = valid();
    const created = await post("json", without);
    expect(created.status).toBe(201);
    const none = await caseByNumber(created.body[0].service_request_id);
    expect(none.description).toBe("物业服务质量（未附描述 / no description given）");
    const short = await caseByNumber(await file({ description: "漏水" }));
    expect(short.description).toBe("物业服务质量：漏水");
    const whole = await caseByNumber(await file({ description: "楼道灯坏了一周" }));
    expect(whole.description).toBe("楼道灯坏了一周");
  });

  it("a free-text address naming no compound gets a token; the dispatcher routes it, and the token gives the id", async () => {
    // Fresh sessions: earlier tests move the clock past the seeded one's idle lifetime.
    const ours = { ...h.ours, adminToken: await h.login("ours", "admin") };
    const dispatcher = (await h.userWith(ours, ["dispatcher"])).token;
    const regionStaff = (await h.userWith(ours, ["regionStaff"], { regionId: world.community.id })).token;
    const otherAdmin = await h.login("other", "admin");
    const held = await post(
      "json",
      valid({
        lat: "",
        long: "",
        address_string: "漆园路东段老粮站宿舍",
        phone: "13912345678",
        first_name: "李",
      }),
    );
    expect(held.status).toBe(201);
    expect(Object.keys(held.body[0])).toEqual(["token", "service_notice", "account_id"]);
    const token = held.body[0].token as string;
    expect(held.body[0].service_notice).toContain("12345");
    const poll = (format: "json" | "xml" = "json", jurisdiction = "ours") =>
      h.request("GET", `/open311/v2/tokens/${token}.${format}?jurisdiction_id=${jurisdiction}`);
    // Waiting: the token answers, without an id yet.
    expect((await poll()).body).toEqual([{ token }]);
    const xmlWaiting = at(readXml((await poll("xml")).body), "request");
    expect(xmlWaiting.children.map((c) => c.name)).toEqual(["token"]);
    // Another county does not know it.
    expectOpen311Error(await poll("json", "other"), 404);
    expectOpen311Error(await h.request("GET", "/open311/v2/tokens.json?jurisdiction_id=ours"), 404);

    const base = "/v1/tenants/ours/unrouted-requests";
    const queue = await h.request("GET", base, { token: dispatcher });
    expect(queue.status).toBe(200);
    const item = queue.body.items.find((r: { token: string }) => r.token === token);
    expect(item).toMatchObject({
      channel: "open311",
      category: { code: "serviceQuality" },
      address: "漆园路东段老粮站宿舍",
      reporter: { phone: "13912345678" },
      status: "pending",
      statusLabel: { zh: "待分拨" },
      case: null,
    });
    expect((await h.request("GET", base, { token: regionStaff })).status).toBe(403);
    expect(
      (await h.request("GET", "/v1/tenants/other/unrouted-requests", { token: otherAdmin })).body.items,
    ).toEqual([]);
    const bad = await h.request("POST", `${base}/${item.id}/route`, {
      token: dispatcher,
      body: { compoundId: world.sunshine, category: "noSuchThing" },
    });
    expect(bad.status).toBe(422);
    expect(failingPaths(bad)).toContain("body.category");
    const empty = await h.request("POST", `${base}/${item.id}/route`, { token: dispatcher, body: {} });
    expect(empty.status).toBe(422);
    expect(failingPaths(empty)).toContain("body.compoundId");

    const routed = await h.request("POST", `${base}/${item.id}/route`, {
      token: dispatcher,
      body: { compoundId: world.far, category: "facilityRepair", note: "老粮站宿舍即立仓小区" },
    });
    expect(routed.status).toBe(200);
    expect(routed.body).toMatchObject({ status: "routed", case: { number: expect.any(String) } });
    const number = routed.body.case.number as string;
    const filed = await caseByNumber(number);
    expect(filed).toMatchObject({
      compoundId: world.far,
      category: "facilityRepair",
      channel: "open311",
      status: "awaitingDispatch",
      locationText: "漆园路东段老粮站宿舍",
      reporterPhone: "13912345678",
    });
    expect(filed.receivedAt.toISOString()).toBe(item.receivedAt);
    expect((await poll()).body).toEqual([{ token, service_request_id: number }]);
    expect(textOf(at(readXml((await poll("xml")).body), "request"), "service_request_id")).toBe(number);
    expect(numbersOf(await getRequests(`&service_request_id=${number}`))).toEqual([number]);
    // Decided once.
    const again = await h.request("POST", `${base}/${item.id}/route`, {
      token: dispatcher,
      body: { compoundId: world.far },
    });
    expect(again.status).toBe(409);
    expect(again.body.currentStatus).toBe("routed");

    // Declined: the token keeps answering, with no id.
    const other = await post("json", valid({ lat: "", long: "", address_string: "外县某村" }));
    const otherToken = other.body[0].token as string;
    const otherId = (await h.request("GET", base, { token: dispatcher })).body.items.find(
      (r: { token: string }) => r.token === otherToken,
    ).id;
    const short = await h.request("POST", `${base}/${otherId}/decline`, {
      token: dispatcher,
      body: { reason: "" },
    });
    expect(short.status).toBe(422);
    expect(failingPaths(short)).toContain("body.reason");
    const declined = await h.request("POST", `${base}/${otherId}/decline`, {
      token: ours.adminToken,
      body: { reason: "非本县辖区，已告知来电人" },
    });
    expect(declined.body).toMatchObject({ status: "declined", declineReason: "非本县辖区，已告知来电人" });
    expect(
      (await h.request("GET", `/open311/v2/tokens/${otherToken}.json?jurisdiction_id=ours`)).body,
    ).toEqual([{ token: otherToken }]);
    const declinedList = await h.request("GET", `${base}?status=declined`, { token: dispatcher });
    expect(declinedList.body.items.map((r: { id: string }) => r.id)).toEqual([otherId]);
    // A point alone with nothing near stays a refusal: there is no address for the desk to read.
    expectOpen311Error(await post("json", valid({ lat: "33.4", long: "116.9" })), 400);
  });

  it("a test endpoint checks submissions in full and files nothing", async () => {
    const count = async () =>
      (
        await withTenant(h.deps.db.db, h.ours.id, (tx) =>
          tx.select({ id: cases.id }).from(cases).where(eq(cases.tenantId, h.ours.id)),
        )
      ).length;
    const before = await count();
    const testPost = (fields: Record<string, string>, format: "json" | "xml" = "json") =>
      h.request("POST", `/open311/test/v2/requests.${format}?jurisdiction_id=ours`, {
        rawBody: new URLSearchParams(fields).toString(),
        headers: FORM,
      });
    const ok = await testPost(valid());
    expect(ok.status).toBe(201);
    expect(ok.body[0].service_request_id).toMatch(/^TEST-[0-9A-Z]{26}$/);
    expect(ok.body[0].service_notice).toContain("阳光花园");
    expect(readXml((await testPost(valid(), "xml")).body).name).toBe("service_requests");
    expect(await count()).toBe(before);
    // The same refusals as production.
    expectOpen311Error(await testPost(valid({ api_key: "" })), 403);
    expectOpen311Error(await testPost(valid({ api_key: otherKey })), 403);
    expectOpen311Error(await testPost(valid({ service_code: "potholes" })), 404);
    expectOpen311Error(await testPost(valid({ lat: "north" })), 400);
    // A free-text address naming no compound: a TEST token, nothing held.
    const held = await testPost(valid({ lat: "", long: "", address_string: "某某大街" }));
    expect(held.status).toBe(201);
    expect(held.body[0].token).toMatch(/^TEST-[0-9A-Z]{26}$/);
    expectOpen311Error(
      await h.request("GET", `/open311/test/v2/tokens/${held.body[0].token}.json?jurisdiction_id=ours`),
      404,
    );
    // Services are the production ones; it holds no requests.
    const services = await h.request("GET", "/open311/test/v2/services.json?jurisdiction_id=ours");
    expect(services.status).toBe(200);
    expect(services.body.length).toBeGreaterThan(0);
    const listed = await h.request("GET", "/open311/test/v2/requests.json?jurisdiction_id=ours");
    expect(listed.status).toBe(200);
    expect(listed.body).toEqual([]);
    expectOpen311Error(
      await h.request(
        "GET",
        `/open311/test/v2/requests/${ok.body[0].service_request_id}.json?jurisdiction_id=ours`,
      ),
      404,
    );
    expect((await h.request("GET", "/open311/test/v2/discovery.json")).body.endpoints).toHaveLength(2);
  });

  it("media_url is the first public photo; a staff-given link is not shown", async () => {
    const number = await file({ media_url: "https://img.example.cn/given.jpg" });
    const row = await caseByNumber(number);
    const request = async () =>
      (await h.request("GET", `/open311/v2/requests/${number}.json?jurisdiction_id=ours`)).body[0];
    expect((await request()).media_url).toBe("https://img.example.cn/given.jpg");
    // Ids sort by creation: hidden first, then the two public ones.
    const t0 = h.deps.now().getTime();
    const hidden = newId("attachment", t0);
    const shown = newId("attachment", t0 + 1);
    const later = newId("attachment", t0 + 2);
    await withTenant(h.deps.db.db, h.ours.id, async (tx) => {
      for (const [id, isPublic] of [
        [hidden, false],
        [shown, true],
        [later, true],
      ] as const) {
        await tx.insert(attachments).values({
          tenantId: h.ours.id,
          id,
          caseId: row.id,
          purpose: "evidence",
          contentType: "image/jpeg",
          size: 10,
          sha256: "0".repeat(64),
          storageKey: `${h.ours.id}/${id}`,
          public: isPublic,
        });
      }
    });
    expect((await request()).media_url).toBe(`http://localhost/v1/tenants/ours/public/attachments/${shown}`);
    const xml = await h.request("GET", `/open311/v2/requests/${number}.xml?jurisdiction_id=ours`, {
      headers: { "x-forwarded-proto": "https", "x-forwarded-host": "gov.example.cn" },
    });
    expect(textOf(at(readXml(xml.body), "request"), "media_url")).toBe(
      `https://gov.example.cn/v1/tenants/ours/public/attachments/${shown}`,
    );
    // A case staff filed with a photo link keeps it to itself.
    const staffCase = await createCase(staff(), {
      category: "serviceQuality",
      compoundId: world.sunshine,
      description: "物业公示栏破损，需更换。",
      photos: ["https://intranet.example.cn/p.jpg"],
      channel: "walkIn",
    });
    const staffRequest = await h.request(
      "GET",
      `/open311/v2/requests/${staffCase.number}.json?jurisdiction_id=ours`,
    );
    expect(staffRequest.body[0].media_url).toBeNull();
  });

  it("answers every request and service as the GeoReport v2 JSON schemas require", async () => {
    const requests = await getRequests("");
    expect(requests.status).toBe(200);
    expect(requests.body.length).toBeGreaterThan(3);
    for (const r of requests.body) {
      expect(requestViolations(r), r.service_request_id).toEqual([]);
      expect(r.agency_responsible).toEqual(expect.any(String));
      expect(r.status_notes).toMatch(/ \/ /);
    }
    const services = await h.request("GET", "/open311/v2/services.json?jurisdiction_id=ours");
    for (const service of services.body) expect(serviceViolations(service), service.service_code).toEqual([]);
    // The validator's discovery rules: contact and key_service set, changesets in the past, xml supported.
    const discovery = (await h.request("GET", "/open311/v2/discovery.json?jurisdiction_id=ours")).body;
    expect(discovery.contact.trim()).not.toBe("");
    expect(discovery.key_service.trim()).not.toBe("");
    for (const endpoint of discovery.endpoints) {
      expect(Date.parse(endpoint.changeset)).toBeLessThan(h.deps.now().getTime());
      expect(endpoint.formats).toContain("text/xml");
      expect(["production", "test"]).toContain(endpoint.type);
    }
  });
});
