import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedOriginCheck, withWidgets } from "../src/widgets.js";

describe("serving the widget scripts", () => {
  let root: string;
  const ALLOWED = "https://www.mengcheng.gov.cn";
  const checked: string[] = [];
  let serve: (request: Request) => Promise<Response>;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "propgov-widgets-dist-"));
    mkdirSync(join(root, "chunks"));
    writeFileSync(join(root, "propgov-widgets.js"), 'import"./chunks/chunk-AB12.js";');
    writeFileSync(join(root, "chunks", "chunk-AB12.js"), "export const x=1;");
    writeFileSync(join(root, "secret.env"), "TOKEN=1");
    const next = async () => new Response("from the app", { status: 200 });
    serve = withWidgets(next, root, async (origin) => {
      checked.push(origin);
      return origin === ALLOWED;
    }) as (request: Request) => Promise<Response>;
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const get = (path: string, headers: Record<string, string> = {}, method = "GET") =>
    serve(new Request(`http://propgov.test${path}`, { method, headers }));

  it("serves a script as JavaScript, with CORS only for an allowed origin", async () => {
    const allowed = await get("/widgets/propgov-widgets.js", { origin: ALLOWED });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(allowed.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(allowed.headers.get("vary")).toBe("Origin");
    expect(allowed.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await allowed.text()).toContain("chunk-AB12");

    const refused = await get("/widgets/propgov-widgets.js", { origin: "https://evil.example.com" });
    expect(refused.status).toBe(200);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    // Same origin (no Origin header): no lookup, no CORS header needed.
    const before = checked.length;
    expect((await get("/widgets/propgov-widgets.js")).status).toBe(200);
    expect(checked.length).toBe(before);
  });

  it("caches hashed chunks for a year and entry scripts briefly", async () => {
    expect((await get("/widgets/chunks/chunk-AB12.js")).headers.get("cache-control")).toBe(
      "public, max-age=31536000, immutable",
    );
    expect((await get("/widgets/propgov-widgets.js")).headers.get("cache-control")).toBe(
      "public, max-age=300, must-revalidate",
    );
    const head = await get("/widgets/propgov-widgets.js", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("answers 404 for anything but a script inside the folder, and leaves other paths to the app", async () => {
    for (const path of [
      "/widgets/nothing.js",
      "/widgets/secret.env",
      "/widgets/chunks%2F..%2F..%2Fescape.js",
      "/widgets/%E0%A4%A.js",
      "/widgets/",
    ]) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 404 });
    }
    expect(await (await get("/v1/health")).text()).toBe("from the app");
    expect(await (await get("/widgets/propgov-widgets.js", {}, "POST")).text()).toBe("from the app");
  });

  it("remembers an origin's answer for a while", async () => {
    let now = 0;
    let calls = 0;
    const check = cachedOriginCheck(
      async () => {
        calls += 1;
        return true;
      },
      1000,
      () => now,
    );
    await check(ALLOWED);
    await check(ALLOWED);
    expect(calls).toBe(1);
    now = 1001;
    await check(ALLOWED);
    expect(calls).toBe(2);
  });
});
