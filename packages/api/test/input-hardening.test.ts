import { testDrivers } from "@propgov/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NUL_MESSAGE, SURROGATE_MESSAGE, unstorableFields, unstorableText } from "../src/input-guard.js";
import { type CaseWorld, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";

describe("text the database cannot store", () => {
  it("finds NUL characters and lone surrogates, and lets paired surrogates through", () => {
    expect(unstorableText("a\u0000b")).toBe(NUL_MESSAGE);
    expect(unstorableText("\ud800")).toBe(SURROGATE_MESSAGE);
    expect(unstorableText("x\udfffy")).toBe(SURROGATE_MESSAGE);
    expect(unstorableText("\udc00\ud800")).toBe(SURROGATE_MESSAGE);
    expect(unstorableText("🏠 阳光花园")).toBeNull();
    expect(unstorableText("")).toBeNull();
  });

  it("names every bad field, keys included, at any depth", () => {
    expect(
      unstorableFields({ a: "ok", b: ["x", "y\u0000"], c: { d: "\ud83d" }, "k\u0000": "v" }, "body"),
    ).toEqual([
      { path: "body.b.1", message: NUL_MESSAGE },
      { path: "body.c.d", message: SURROGATE_MESSAGE },
      { path: "body.k\ufffd", message: `Its name: ${NUL_MESSAGE}` },
    ]);
  });
});

describe.each(testDrivers())("bad input is a 4xx naming the field on %s", (driver) => {
  let h: Harness;
  let world: CaseWorld;
  let open311Key: string;
  let client = 0;

  beforeAll(async () => {
    h = await createHarness(driver, { startAt: "2026-04-14T02:00:00.000Z" });
    world = await seedCaseWorld(h);
    const key = await h.request("POST", "/v1/tenants/ours/api-keys", {
      token: h.ours.adminToken,
      body: { name: "Open311 bridge", roles: ["countyAdmin"] },
    });
    open311Key = key.body.key;
  });
  afterAll(() => h?.destroy());

  const admin = () => ({ token: h.ours.adminToken });
  // Each request from its own client, so no rate limit decides an answer here.
  const fromClient = () => ({ "x-test-client": `192.0.2.${++client}` });

  describe("a NUL character (U+0000)", () => {
    it("in a path parameter: 400", async () => {
      const res = await h.request("GET", "/v1/tenants/ours/public/cases/AB%00CD");
      expectProblem(res, 400, "bad_request");
      expect(failingPaths(res)).toEqual(["param.trackingCode"]);
      expect(res.body.errors[0].message).toBe(NUL_MESSAGE);
    });

    it("in a query parameter: 400", async () => {
      const res = await h.request("GET", "/v1/tenants/ours/compounds?q=%E9%98%B3%00", admin());
      expectProblem(res, 400, "bad_request");
      expect(failingPaths(res)).toEqual(["query.q"]);
    });

    it("in a JSON body field and in a JSON key: 422", async () => {
      const field = await h.request("POST", "/v1/tenants/ours/departments", {
        ...admin(),
        body: { code: "fuzz", name: { zh: "城管\u0000局", en: "Urban" }, kind: "core" },
      });
      expectProblem(field, 422, "unprocessable");
      expect(failingPaths(field)).toContain("body.name.zh");

      const key = await h.request("PUT", "/v1/tenants/ours/settings", {
        ...admin(),
        body: { "a\u0000": 1 },
      });
      expectProblem(key, 422, "unprocessable");
      expect(failingPaths(key)).toEqual(["body.a\ufffd"]);
    });

    it("in the public intake, which needs no login: 422", async () => {
      const res = await h.request("POST", "/v1/tenants/ours/public/cases", {
        headers: fromClient(),
        body: {
          category: "serviceQuality",
          compoundId: world.sunshine,
          description: "3号楼电梯坏了\u0000三天",
          reporter: { name: "张三", phone: "13812345678" },
        },
      });
      expectProblem(res, 422, "unprocessable");
      expect(failingPaths(res)).toEqual(["body.description"]);
    });

    it("in an Open311 form body and query: 400 in Open311's error form", async () => {
      const form = new URLSearchParams({
        api_key: open311Key,
        service_code: "serviceQuality",
        lat: "33.266",
        long: "116.566",
        description: "3号楼电梯坏了三天\u0000",
      }).toString();
      const post = await h.request("POST", "/open311/v2/requests.json?jurisdiction_id=ours", {
        rawBody: form,
        headers: { "content-type": "application/x-www-form-urlencoded", ...fromClient() },
      });
      expect(post.status).toBe(400);
      expect(post.body).toEqual([{ code: 400, description: `body.description: ${NUL_MESSAGE}` }]);

      const list = await h.request("GET", "/open311/v2/requests.json?jurisdiction_id=ours&service_code=a%00");
      expect(list.status).toBe(400);
      expect(list.body).toEqual([{ code: 400, description: `query.service_code: ${NUL_MESSAGE}` }]);
      const one = await h.request("GET", "/open311/v2/requests/X%00.xml?jurisdiction_id=ours");
      expect(one.status).toBe(400);
      expect(one.headers.get("content-type")).toMatch(/^text\/xml/);
    });

    it("in a CSV import: 422 naming its row", async () => {
      const res = await h.request("POST", "/v1/tenants/ours/imports/compounds", {
        ...admin(),
        rawBody: "名称,地址,社区,物业服务方式,户数,楼栋数,居住党员数\n甲小区,路\u00001号,城南社区,无,1,1,0\n",
        headers: { "content-type": "text/csv" },
      });
      expectProblem(res, 422, "unprocessable");
      expect(res.body.errors).toEqual([{ path: "body", message: `Row 2: ${NUL_MESSAGE}` }]);
    });
  });

  describe("a lone UTF-16 surrogate", () => {
    it("in a JSON body: 422 naming the field; a paired one (an emoji) is text", async () => {
      const body = (name: string) => ({ code: "fuzz", name: { zh: name, en: "Urban" }, kind: "core" });
      const lone = await h.request("POST", "/v1/tenants/ours/departments", {
        ...admin(),
        rawBody: JSON.stringify(body("城管")).replace("城管", "城管\\ud800"),
        headers: { "content-type": "application/json" },
      });
      expectProblem(lone, 422, "unprocessable");
      expect(lone.body.errors).toEqual([{ path: "body.name.zh", message: SURROGATE_MESSAGE }]);

      const paired = await h.request("POST", "/v1/tenants/ours/departments", {
        ...admin(),
        body: body("城管🏠"),
      });
      expect(paired.status).not.toBe(422);
    });
  });

  describe("year 0000 and dates out of range: 422", () => {
    const body = (establishedOn: string) => ({
      level: "community",
      regionId: world.community.id,
      name: "城南社区物业管理办公室",
      establishedOn,
    });

    it("a date in year 0000 (which does not exist); year 0001 and 9999 are dates", async () => {
      for (const date of ["0000-01-01", "0000-02-29"]) {
        const res = await h.request("POST", "/v1/tenants/ours/bodies", { ...admin(), body: body(date) });
        expectProblem(res, 422, "unprocessable");
        expect(failingPaths(res)).toEqual(["body.establishedOn"]);
      }
      for (const date of ["0001-01-01", "9999-12-31"]) {
        const res = await h.request("POST", "/v1/tenants/ours/bodies", { ...admin(), body: body(date) });
        expect(res.status).toBe(201);
        expect(res.body.establishedOn).toBe(date);
        await h.request("DELETE", `/v1/tenants/ours/bodies/${res.body.id}`, admin());
      }
    });

    it("an instant in year 0000, or one that is in year 0 once in UTC", async () => {
      for (const expiresAt of ["0000-12-31T23:59:59Z", "0001-01-01T00:00:00+14:00"]) {
        const res = await h.request("POST", "/v1/tenants/ours/api-keys", {
          ...admin(),
          body: { name: "bridge", roles: ["countyAdmin"], expiresAt },
        });
        expectProblem(res, 422, "unprocessable");
        expect(failingPaths(res)).toEqual(["body.expiresAt"]);
      }
      const received = await h.request("POST", "/v1/tenants/ours/cases", {
        ...admin(),
        body: {
          category: "serviceQuality",
          compoundId: world.sunshine,
          description: "3号楼电梯坏了三天，物业没人来修。",
          receivedAt: "0000-06-01T00:00:00Z",
        },
      });
      expectProblem(received, 422, "unprocessable");
      expect(failingPaths(received)).toEqual(["body.receivedAt"]);
      const meeting = await h.request("POST", "/v1/tenants/ours/meetings", {
        ...admin(),
        body: {
          kind: "joint",
          level: "compound",
          compoundId: world.sunshine,
          title: "联席会",
          scheduledAt: "0000-01-01T09:00:00+08:00",
        },
      });
      expect(meeting.status).toBe(422);
      expect(failingPaths(meeting)).toContain("body.scheduledAt");
    });

    it("an Open311 start_date past year 9999 in UTC: 400 in Open311's form", async () => {
      const res = await h.request(
        "GET",
        `/open311/v2/requests.json?jurisdiction_id=ours&start_date=${encodeURIComponent("9999-12-31T23:59:59-14:00")}`,
      );
      expect(res.status).toBe(400);
      expect(res.body[0].description).toMatch(/^start_date: /);
    });

    it("a list filtered from or to 0001-01-01 or 9999-12-31, whose day starts in year 0 in UTC: 200", async () => {
      // 0001-01-01 begins at 0000-12-31T16:00Z in Asia/Shanghai; the filters clamp to what is stored.
      for (const list of ["cases", "meetings"]) {
        for (const q of ["from=0001-01-01", "to=0001-01-01", "from=9999-12-31", "to=9999-12-31"]) {
          const res = await h.request("GET", `/v1/tenants/ours/${list}?${q}`, { token: h.ours.adminToken });
          expect(`${list}?${q} ${res.status}`).toBe(`${list}?${q} 200`);
        }
      }
    });
  });

  describe("bodies over their limit: 413 before they are parsed", () => {
    it("JSON over 1 MiB, by Content-Length and by counting a stream without one", async () => {
      const big = JSON.stringify({ name: "x".repeat(1024 * 1024) });
      const declared = await h.request("POST", "/v1/tenants/ours/departments", {
        ...admin(),
        rawBody: big,
        headers: { "content-type": "application/json" },
      });
      expectProblem(declared, 413, "payload_too_large");
      const bytes = new TextEncoder().encode(big);
      const streamed = await h.app.request("http://localhost/v1/tenants/ours/departments", {
        method: "POST",
        headers: { authorization: `Bearer ${h.ours.adminToken}`, "content-type": "application/json" },
        body: new ReadableStream({
          start(controller) {
            for (let i = 0; i < bytes.length; i += 64 * 1024)
              controller.enqueue(bytes.slice(i, i + 64 * 1024));
            controller.close();
          },
        }),
        duplex: "half",
      } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(streamed.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      // The public intake, which needs no login, too.
      const intake = await h.request("POST", "/v1/tenants/ours/public/cases", {
        rawBody: big,
        headers: { "content-type": "application/json", ...fromClient() },
      });
      expectProblem(intake, 413, "payload_too_large");
    });

    it("a CSV import over 10 MiB; one over 1 MiB is read", async () => {
      const header = "名称,地址,社区,物业服务方式,户数,楼栋数,居住党员数\n";
      const csv = (bytes: number) =>
        `${header}${"甲小区,路1号,城南社区,无,1,1,0\n".repeat(Math.ceil(bytes / 40))}`;
      const over = await h.request("POST", "/v1/tenants/ours/imports/compounds", {
        ...admin(),
        rawBody: csv(10 * 1024 * 1024 + 1),
        headers: { "content-type": "text/csv" },
      });
      expectProblem(over, 413, "payload_too_large");
      const under = await h.request("POST", "/v1/tenants/ours/imports/compounds", {
        ...admin(),
        rawBody: `${header}甲小区,路1号,城南社区,无,1,1,0\n`.padEnd(2 * 1024 * 1024, "\n"),
        headers: { "content-type": "text/csv" },
      });
      expect(under.status).not.toBe(413);
    });
  });

  it("an error echoes at most 64 characters of what was sent", async () => {
    const long = `a${"b".repeat(500)}`;
    const open311 = await h.request("GET", `/open311/v2/services.json?jurisdiction_id=${long}`);
    expect(open311.status).toBe(404);
    const description: string = open311.body[0].description;
    expect(description).toContain(`'${long.slice(0, 64)}…'`);
    expect(description).not.toContain(long.slice(0, 65));
    const csv = await h.request("POST", "/v1/tenants/ours/imports/compounds", {
      ...admin(),
      rawBody: "a",
      headers: { "content-type": `text/${"x".repeat(300)}` },
    });
    expectProblem(csv, 400, "bad_request");
    expect(JSON.stringify(csv.body)).not.toContain("x".repeat(65));
  });
});
