import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Host, SCREENSHOTS, startHost, startWorld, TENANT, type WidgetWorld } from "./harness.js";

/** The CSP the README asks of a host page: scripts and API calls from the propgov server, nothing inline. */
const HOST_CSP = (api: string) =>
  `default-src 'self'; script-src 'self' ${api}; connect-src ${api}; style-src 'self'; img-src 'self' data:; base-uri 'self'`;

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

const page = (api: string, body: string, width = "") => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>县政务门户 · 物业服务</title>
<script type="module" src="${api}/widgets/propgov-widgets.js"></script></head>
<body><main${width}><h1>物业服务</h1>${body}</main></body></html>`;

describe("widgets embedded on another origin, in Chromium", () => {
  let w: WidgetWorld;
  let host: Host;
  let stranger: Host;
  let compound: { id: string; name: string };
  const problems: string[] = [];

  beforeAll(async () => {
    w = await startWorld();
    host = await startHost("localhost", HOST_CSP, w.api);
    stranger = await startHost("evil.test", HOST_CSP, w.api);
    const settings = await w.staff.call("GET", "/settings");
    const put = await w.staff.call("PUT", "/settings", {
      ...settings.body,
      allowedOrigins: [host.origin],
      privacyUrl: `${host.origin}/privacy`,
      publicIntake: { perMinute: 1000 },
      publicReads: { perMinute: 1000 },
    });
    expect(put.status).toBe(200);
    const found = await fetch(`${w.api}/v1/tenants/${TENANT}/public/compounds?limit=1`);
    compound = ((await found.json()) as { items: { id: string; name: string }[] })
      .items[0] as typeof compound;
    expect(compound).toBeDefined();
    const attrs = `tenant="${TENANT}" api-base="${w.api}"`;
    host.pages.set(
      "/form",
      page(w.api, `<propgov-complaint-form ${attrs} track-url="/track"></propgov-complaint-form>`),
    );
    host.pages.set(
      "/form-en",
      page(w.api, `<propgov-complaint-form ${attrs} lang="en"></propgov-complaint-form>`),
    );
    host.pages.set("/track", page(w.api, `<propgov-case-tracker ${attrs}></propgov-case-tracker>`));
    host.pages.set(
      "/credit",
      page(w.api, `<propgov-credit-board ${attrs} limit="8"></propgov-credit-board>`),
    );
    host.pages.set("/kpi", page(w.api, `<propgov-kpi-card ${attrs}></propgov-kpi-card>`));
    host.pages.set("/privacy", "<!doctype html><title>隐私政策</title><p>隐私政策</p>");
    stranger.pages.set("/form", page(w.api, `<propgov-complaint-form ${attrs}></propgov-complaint-form>`));
  });
  afterAll(async () => {
    await host?.close();
    await stranger?.close();
    await w?.close();
  });

  async function open(path: string, width = 1280, origin = host.origin): Promise<Page> {
    const p = await w.browser.newPage();
    p.setDefaultTimeout(10_000);
    await p.setViewportSize({ width, height: 800 });
    // A refused page logs its refusals; every other page must log nothing.
    if (origin === host.origin) p.on("pageerror", (e) => problems.push(`${path}: ${e}`));
    if (origin === host.origin)
      p.on("console", (m) => {
        if (m.type() === "error" && !m.text().startsWith("Failed to load resource"))
          problems.push(`${path}: ${m.text()}`);
      });
    await p.goto(`${origin}${path}`);
    return p;
  }

  async function staffCases(q: string) {
    const res = await w.staff.call("GET", `/cases?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    return res.body.items as {
      id: string;
      number: string;
      channel: string;
      status: string;
      rating: string | null;
    }[];
  }

  async function fillForm(p: Page, fields: { description: string; phone: string }) {
    await p.getByLabel("问题类型").selectOption("serviceQuality");
    await p.getByLabel("所在小区").fill(compound.name.slice(0, 2));
    // The name is matched as literal text: seeded names carry brackets, e.g. "文化佳苑(示例)".
    await p.getByRole("button", { name: compound.name }).first().click();
    await p.getByLabel("问题描述").fill(fields.description);
    await p.getByLabel("您的姓名").fill("张居民");
    await p.getByLabel("手机或电话").fill(fields.phone);
    await p.getByLabel(/我已阅读并同意/).check();
  }

  async function axe(p: Page) {
    await p.evaluate(axeSource);
    const result = await p.evaluate(async () => {
      const r = await (window as unknown as { axe: { run(): Promise<any> } }).axe.run();
      return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    return (result as { id: string; impact: string }[]).filter(
      (v) => v.impact === "serious" || v.impact === "critical",
    );
  }

  let filed: { number: string; trackingCode: string };

  it("files a complaint with the location, shows number and code, dispatches propgov:filed; staff see it", async () => {
    await w.browser.grantPermissions(["geolocation"], { origin: host.origin });
    await w.browser.setGeolocation({ latitude: 33.265, longitude: 116.564 });
    const p = await open("/form");
    await p.evaluate(() => {
      (window as unknown as { filed: unknown[] }).filed = [];
      document.addEventListener("propgov:filed", (e) =>
        (window as unknown as { filed: unknown[] }).filed.push((e as CustomEvent).detail),
      );
    });
    // The consent notice links to the county's privacy text from its settings.
    await expect
      .poll(() => p.getByRole("link", { name: "查看隐私政策" }).getAttribute("href"))
      .toBe(`${host.origin}/privacy`);
    await fillForm(p, { description: "2号楼电梯停运两天了，老人上下楼很困难。", phone: "13912345678" });
    await p.getByRole("button", { name: "附上我的当前位置" }).click();
    await p.getByText("已附上位置").waitFor();
    // The honeypot is there for bots, out of sight and out of the tab order.
    expect(await p.locator("#website").getAttribute("tabindex")).toBe("-1");
    const trap = await p.locator("#website").boundingBox();
    expect((trap?.x ?? 0) + (trap?.width ?? 0)).toBeLessThanOrEqual(0);
    await p.getByRole("button", { name: "提交" }).click();
    await p.getByText("已提交，感谢您的反映！").waitFor();
    const detail = (await p.evaluate(
      () => (window as unknown as { filed: unknown[] }).filed,
    )) as (typeof filed)[];
    expect(detail).toHaveLength(1);
    filed = detail[0] as typeof filed;
    expect(filed.number).toMatch(/^[A-Z]+-\d{4}-\d{6}$/);
    await p.getByText(filed.trackingCode).waitFor();
    expect(await p.getByRole("link", { name: "查询办理进度" }).getAttribute("href")).toBe(
      `/track?code=${filed.trackingCode}`,
    );
    await p.getByRole("button", { name: "复制 查询码" }).click();
    await p.getByRole("button", { name: "复制 查询码" }).getByText("已复制").waitFor();
    await p.screenshot({ path: join(SCREENSHOTS, "complaint-form-filed-desktop.png"), fullPage: true });

    const [row] = await staffCases(filed.number);
    expect(row).toMatchObject({ number: filed.number, channel: "widget", status: "received" });
    const full = await w.staff.call("GET", `/cases/${row?.id}`);
    expect(full.body.location).toMatchObject({ lat: 33.265, long: 116.564 });
    expect(full.body.compound?.id ?? full.body.compoundId).toBe(compound.id);
    await p.close();
  });

  it("tracks the case, and takes the rating after staff resolve it", async () => {
    const p = await open(`/track`);
    await p.getByLabel("查询码").fill(filed.trackingCode.toLowerCase());
    await p.getByRole("button", { name: "查询" }).click();
    await p.getByText(filed.number).waitFor();
    await p.getByText("诉求已受理").waitFor();
    expect(await p.getByRole("group", { name: "请评价办理结果" }).count()).toBe(0);

    const [row] = await staffCases(filed.number);
    expect((await w.staff.call("POST", `/cases/${row?.id}/contact`, { note: "已电话联系" })).status).toBe(
      200,
    );
    expect((await w.staff.call("POST", `/cases/${row?.id}/resolve`, { note: "电梯已修复" })).status).toBe(
      200,
    );

    await p.getByRole("button", { name: "查询" }).click();
    await p.getByRole("group", { name: "请评价办理结果" }).waitFor();
    await p.screenshot({ path: join(SCREENSHOTS, "case-tracker-resolved-desktop.png"), fullPage: true });
    await p.setViewportSize({ width: 360, height: 800 });
    await p.screenshot({ path: join(SCREENSHOTS, "case-tracker-resolved-phone.png"), fullPage: true });
    await p.getByLabel("满意", { exact: true }).check();
    await p.getByLabel("意见（可选）").fill("修得很快，谢谢！");
    await p.getByRole("button", { name: "提交评价" }).click();
    await p.getByText("感谢您的评价。").waitFor();
    const [after] = await staffCases(filed.number);
    expect(after?.rating).toBe("satisfied");
    expect(await axe(p)).toEqual([]);
    await p.close();
  });

  it("refuses a host page whose origin the county did not allow", async () => {
    const p = await open("/form", 1280, stranger.origin);
    // The module script is refused (no CORS header for this origin), so nothing is defined.
    await p.waitForLoadState("load");
    expect(await p.evaluate(() => customElements.get("propgov-complaint-form") === undefined)).toBe(true);
    const direct = await fetch(`${w.api}/widgets/propgov-widgets.js`, {
      headers: { origin: stranger.origin },
    });
    expect(direct.headers.get("access-control-allow-origin")).toBeNull();
    const allowed = await fetch(`${w.api}/widgets/propgov-widgets.js`, { headers: { origin: host.origin } });
    expect(allowed.headers.get("access-control-allow-origin")).toBe(host.origin);
    // And the API will not let that page read it either.
    const read = await p.evaluate(async (url) => {
      try {
        await fetch(url);
        return "read";
      } catch {
        return "refused";
      }
    }, `${w.api}/v1/tenants/${TENANT}/public/intake`);
    expect(read).toBe("refused");
    await p.close();
  });

  it("shows the API's error for a bad phone at the phone field, in Chinese (zh) and in English (en)", async () => {
    const p = await open("/form");
    // Not 12345: that is the government service hotline, which the API accepts.
    await fillForm(p, { description: "小区门口路灯不亮已经一周。", phone: "1381234" });
    await p.getByRole("button", { name: "提交" }).click();
    const phone = p.getByLabel("手机或电话");
    await expect.poll(() => phone.getAttribute("aria-invalid")).toBe("true");
    const error = p.locator("#phone-error");
    // The API's code `invalid_phone`, said in Chinese; not the API's English text.
    expect(await error.textContent()).toBe(
      "电话号码格式不正确：请填写手机号（如 13812345678）或带区号的固定电话（如 0558-7123456）。",
    );
    expect(await phone.getAttribute("aria-describedby")).toContain("phone-error");
    // Focus went to the field to fix.
    expect(await p.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.id)).toBe("phone");
    expect(await p.locator("#description").getAttribute("aria-invalid")).toBe("false");
    await p.screenshot({ path: join(SCREENSHOTS, "complaint-form-phone-error-desktop.png"), fullPage: true });
    expect(await staffCases("小区门口路灯不亮已经一周")).toEqual([]);
    await p.close();

    const en = await open("/form-en", 360);
    await en.getByLabel("Type of problem").selectOption("serviceQuality");
    await en.getByLabel("Your compound").fill(compound.name.slice(0, 2));
    await en.getByRole("button", { name: compound.name }).first().click();
    await en.getByLabel("What is the problem?").fill("The street light at the gate is out.");
    await en.getByLabel("Your name").fill("Zhang");
    await en.getByLabel("Mobile or phone").fill("1381234");
    await en.getByLabel(/I agree/).check();
    await en.getByRole("button", { name: "Submit" }).click();
    const enError = en.locator("#phone-error");
    await enError.waitFor();
    expect(await enError.textContent()).toMatch(/^Not a phone number: use a mobile/);
    await en.screenshot({
      path: join(SCREENSHOTS, "complaint-form-en-phone-error-phone.png"),
      fullPage: true,
    });
    await en.close();
  });

  it("files a complaint with photos scaled down in the browser; a lost answer of a photo is retried without a duplicate; staff see them", async () => {
    const p = await open("/form", 360);
    await fillForm(p, { description: "5号楼楼道墙皮大面积脱落，见照片。", phone: "13912345670" });
    // A 4000×3000 camera-sized JPEG and a small PNG, made by the browser itself.
    const made = await p.evaluate(async () => {
      const make = async (width: number, height: number, type: string) => {
        const canvas = new OffscreenCanvas(width, height);
        const g = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
        const gradient = g.createLinearGradient(0, 0, width, height);
        gradient.addColorStop(0, "#8d6e63");
        gradient.addColorStop(1, "#eceff1");
        g.fillStyle = gradient;
        g.fillRect(0, 0, width, height);
        g.fillStyle = "#37474f";
        for (let i = 0; i < 40; i++) g.fillRect((i * 97) % width, (i * 61) % height, width / 12, height / 20);
        const blob = await canvas.convertToBlob({ type, quality: 0.95 });
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let binary = "";
        for (let i = 0; i < bytes.length; i += 0x8000)
          binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        return btoa(binary);
      };
      return { big: await make(4000, 3000, "image/jpeg"), small: await make(300, 400, "image/png") };
    });
    await p.getByLabel("照片（可选）").setInputFiles([
      { name: "IMG_4000.jpg", mimeType: "image/jpeg", buffer: Buffer.from(made.big, "base64") },
      { name: "wall.png", mimeType: "image/png", buffer: Buffer.from(made.small, "base64") },
    ]);
    await p.getByRole("img", { name: "照片 2" }).waitFor();
    await p.getByRole("button", { name: "删除照片 1" }).waitFor();
    await p.screenshot({ path: join(SCREENSHOTS, "complaint-form-photos-phone.png"), fullPage: true });
    expect(await axe(p)).toEqual([]);

    // The answer to the first photo is lost after the server stored it.
    const photoKeys: string[] = [];
    let lost = false;
    await p.route(/\/public\/cases\/[^/]+\/photos$/, async (route) => {
      photoKeys.push(route.request().headers()["idempotency-key"] ?? "");
      if (!lost) {
        lost = true;
        await route.fetch();
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    await p.evaluate(() => {
      (window as unknown as { filed: unknown[] }).filed = [];
      document.addEventListener("propgov:filed", (e) =>
        (window as unknown as { filed: unknown[] }).filed.push((e as CustomEvent).detail),
      );
    });
    await p.getByRole("button", { name: "提交" }).click();
    await p.getByText("已提交，感谢您的反映！").waitFor();
    await p.getByText("有 1 张照片未能上传。").waitFor();
    await p.getByText("已附上 1 张照片").waitFor();
    const detail = (await p.evaluate(() => (window as unknown as { filed: unknown[] }).filed)) as {
      number: string;
      photos: number;
    }[];
    expect(detail).toHaveLength(1);
    expect(detail[0]?.photos).toBe(1);
    await p.getByRole("button", { name: "重新上传照片" }).click();
    await p.getByText("已附上 2 张照片").waitFor();
    expect(photoKeys).toHaveLength(3);
    expect(photoKeys[2]).toBe(photoKeys[0]);
    expect(photoKeys[1]).not.toBe(photoKeys[0]);
    await p.screenshot({ path: join(SCREENSHOTS, "complaint-form-photos-filed-phone.png"), fullPage: true });

    const [row] = await staffCases(detail[0]?.number as string);
    const list = await w.staff.call("GET", `/cases/${row?.id}/attachments`);
    expect(list.status).toBe(200);
    const items = list.body.items as {
      purpose: string;
      public: boolean;
      contentType: string;
      width: number;
      height: number;
      filename: string;
    }[];
    expect(items).toHaveLength(2);
    for (const item of items) {
      expect(item).toMatchObject({ purpose: "intake", public: false, contentType: "image/jpeg" });
      expect(Math.max(item.width, item.height)).toBeLessThanOrEqual(1600);
    }
    const big = items.find((i) => i.filename === "IMG_4000.jpg");
    expect(big).toMatchObject({ width: 1600, height: 1200 });
    expect(items.find((i) => i.filename === "wall.jpg")).toMatchObject({ width: 300, height: 400 });
    await p.close();
  });

  it("retries a submission whose answer was lost with the same Idempotency-Key: exactly one case", async () => {
    const p = await open("/form");
    const keys: string[] = [];
    let lost = false;
    await p.route(`${w.api}/v1/tenants/${TENANT}/public/cases`, async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      keys.push(route.request().headers()["idempotency-key"] ?? "");
      if (!lost) {
        lost = true;
        await route.fetch(); // the server files the case, but the answer never reaches the page
        return route.abort("connectionreset");
      }
      return route.continue();
    });
    const description = "地下车库渗水严重，车位积水。重试测试。";
    await fillForm(p, { description, phone: "13912345679" });
    await p.getByRole("button", { name: "提交" }).click();
    await p.getByText("网络连接失败，请检查网络后重试。").waitFor();
    expect(await staffCases(description)).toHaveLength(1);
    await p.getByRole("button", { name: "提交" }).click();
    await p.getByText("已提交，感谢您的反映！").waitFor();
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(keys[1]).toBe(keys[0]);
    const rows = await staffCases(description);
    expect(rows).toHaveLength(1);
    await p.getByText(rows[0]?.number as string).waitFor();
    await p.close();
  });

  // The 100 ms budget is a benchmark, not a timed test: on the shared test machine a load can stall
  // on another process. `pnpm bench widgets` runs this with PROPGOV_BENCH=widgets: seven cold loads,
  // the median held to 100 ms and written to bench/results. The test suite takes one load and checks
  // only that the widget renders once its scripts are in.
  const bench = process.env.PROPGOV_BENCH === "widgets";
  it("renders first once its scripts arrive, with the CPU throttled 4× (the 100 ms budget: pnpm bench widgets)", async () => {
    const mark = "propgov:first-render:propgov-complaint-form";
    const gaps: number[] = [];
    for (let i = 0; i < (bench ? 7 : 1); i++) {
      const p = await w.browser.newPage();
      const cdp = await w.browser.newCDPSession(p);
      await cdp.send("Network.enable");
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await p.goto(`${host.origin}/form`);
      await p.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark);
      const timing = await p.evaluate((name) => {
        const rendered = performance.getEntriesByName(name)[0]?.startTime ?? 0;
        const scripts = (performance.getEntriesByType("resource") as PerformanceResourceTiming[]).filter(
          (r) => r.name.includes("/widgets/"),
        );
        return { rendered, arrived: Math.max(...scripts.map((r) => r.responseEnd)), scripts: scripts.length };
      }, mark);
      expect(timing.scripts).toBeGreaterThan(1);
      // Rendered by the scripts, so after the last of them arrived.
      expect(timing.rendered).toBeGreaterThan(timing.arrived);
      gaps.push(timing.rendered - timing.arrived);
      await cdp.detach();
      await p.close();
    }
    const median = [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length / 2)] as number;
    const line = `[widgets first render] ${gaps.map(Math.round).join(", ")} ms after the scripts arrived (CPU 4× slower); median ${Math.round(median)}`;
    console.log(line);
    if (bench) {
      const out = process.env.PROPGOV_BENCH_OUT ?? "bench/results";
      mkdirSync(out, { recursive: true });
      const result = {
        budgetMs: 100,
        cpuThrottle: 4,
        loads: gaps.map(Math.round),
        medianMs: Math.round(median),
      };
      writeFileSync(join(out, "widgets.json"), `${JSON.stringify(result, null, 2)}\n`);
      writeFileSync(
        join(out, "widgets.md"),
        `| widget | CPU | cold loads (ms after the scripts arrived) | median | budget |\n|---|---|---|---|---|\n| propgov-complaint-form | 4× slower | ${result.loads.join(", ")} | ${result.medianMs} ms | 100 ms |\n`,
      );
      expect(median).toBeLessThanOrEqual(100);
    }
  });

  it("has every widget at phone and desktop width (screenshots), without serious accessibility faults", async () => {
    const published = await w.staff.call("POST", "/disclosures", {
      compoundId: compound.id,
      item: "publicRevenue",
      period: "2026-Q3",
      title: "2026年第三季度公共收益收支公示",
      content: "电梯广告收入12,000元；停车场收入8,500元；支出：公共设施维修6,200元。",
      attachments: ["https://files.example.gov.cn/mengcheng/2026q3-revenue.pdf"],
    });
    expect(published.status).toBe(201);
    const withDisclosures = compound.id;
    host.pages.set(
      "/disclosures",
      page(
        w.api,
        `<propgov-disclosure-board tenant="${TENANT}" api-base="${w.api}" compound-id="${withDisclosures}" limit="3"></propgov-disclosure-board>`,
      ),
    );
    host.pages.set(
      "/tracked",
      page(
        w.api,
        `<propgov-case-tracker tenant="${TENANT}" api-base="${w.api}" code="${filed.trackingCode}"></propgov-case-tracker>`,
      ),
    );
    const shots: [string, string, string][] = [
      ["complaint-form", "/form", "提交"],
      ["complaint-form-en", "/form-en", "Submit"],
      ["case-tracker", "/tracked", "已评价"],
      ["disclosure-board", "/disclosures", "公共收益收支公示"],
      ["credit-board", "/credit", "截至"],
      ["kpi-card", "/kpi", "三个 100%"],
    ];
    const faults: string[] = [];
    for (const [name, path, ready] of shots) {
      for (const [label, width] of [
        ["phone", 360],
        ["desktop", 1280],
      ] as const) {
        const p = await open(path, width);
        await p.getByText(ready, { exact: false }).first().waitFor();
        // Nothing wider than the phone's screen.
        const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect({ name, label, overflow }).toEqual({ name, label, overflow: 0 });
        await p.screenshot({ path: join(SCREENSHOTS, `${name}-${label}.png`), fullPage: true });
        if (label === "phone") for (const v of await axe(p)) faults.push(`${name}: ${JSON.stringify(v)}`);
        await p.close();
      }
    }
    expect(faults).toEqual([]);
    expect(problems).toEqual([]);
  });
});
