import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_CSP, withConsole } from "../src/console.js";

describe("serving the console from its folder", () => {
  let root: string;
  let serve: (request: Request) => Promise<Response>;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "propgov-console-dist-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), '<div id="root"></div>');
    writeFileSync(join(root, "assets", "index-AB12.js"), "console.log(1);");
    writeFileSync(join(root, "favicon.svg"), "<svg/>");
    writeFileSync(join(`${root}-sibling.txt`), "outside");
    const next = async () => new Response("from the app", { status: 200 });
    serve = withConsole(next, root) as (request: Request) => Promise<Response>;
  });
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(`${root}-sibling.txt`, { force: true });
  });

  const get = (path: string, method = "GET") => serve(new Request(`http://propgov.test${path}`, { method }));

  it("redirects /console to /console/, keeping the query", async () => {
    const res = await get("/console?next=cases");
    expect(res.status).toBe(308);
    expect(res.headers.get("location")).toBe("/console/?next=cases");
  });

  it("serves files with their type, the console's policy and caching by kind", async () => {
    const page = await get("/console/");
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(page.headers.get("content-security-policy")).toBe(CONSOLE_CSP);
    expect(page.headers.get("cache-control")).toBe("no-cache");
    expect(await page.text()).toBe('<div id="root"></div>');
    const script = await get("/console/assets/index-AB12.js");
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(script.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const icon = await get("/console/favicon.svg");
    expect(icon.headers.get("content-type")).toBe("image/svg+xml");
    const head = await get("/console/assets/index-AB12.js", "HEAD");
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("answers the app's own routes with index.html, a missing hashed asset with 404", async () => {
    const deep = await get("/console/cases/cas_01");
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe('<div id="root"></div>');
    expect((await get("/console/assets/gone.js")).status).toBe(404);
  });

  it("never serves a file outside its folder", async () => {
    const name = `${root.split("/").pop()}-sibling.txt`;
    // An encoded slash survives URL parsing: "../<sibling>" once decoded.
    const res = await get(`/console/..%2F${name}`);
    expect(await res.text()).toBe('<div id="root"></div>');
  });

  it("leaves other paths and unsafe methods to the app", async () => {
    expect(await (await get("/v1/health")).text()).toBe("from the app");
    expect(await (await get("/console/", "POST")).text()).toBe("from the app");
  });
});
