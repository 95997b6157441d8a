import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type ConsoleHarness, signInAsAdmin, startConsole } from "./harness.js";

const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`);

describe("the console in Chromium, against the real server", () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsole();
  });
  afterAll(async () => {
    await h?.close();
  });

  test("is served at /console with the SPA fallback, bundled assets and its own CSP", async () => {
    const index = await fetch(`${h.base}/console/registry/compounds`);
    expect(index.status).toBe(200);
    expect(index.headers.get("content-type")).toContain("text/html");
    expect(index.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await index.text();
    expect(html).toContain('<div id="root">');
    const asset = /src="(\/console\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(`${h.base}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get("cache-control")).toContain("immutable");
    expect((await fetch(`${h.base}/console/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${h.base}/console`, { redirect: "manual" })).headers.get("location")).toBe(
      "/console/",
    );
    // The API is untouched.
    expect((await fetch(`${h.base}/v1/auth/me`)).status).toBe(401);
  });

  test("signs in as the demo county admin", async () => {
    await h.page.goto(`${h.base}/console/`);
    await h.page.getByRole("button", { name: /登\s?录/ }).waitFor();
    await h.screenshot("01-sign-in");
    await signInAsAdmin(h);
    await expect.poll(() => h.page.getByText("蒙城县住房发展中心管理员").count()).toBeGreaterThan(0);
  });

  test("the dashboard shows the API's figures", async () => {
    const coverage = await h.api.GET("/v1/tenants/{tenant}/kpis/coverage");
    const cases = await h.api.GET("/v1/tenants/{tenant}/kpis/cases");
    const { page } = h;
    await page.getByTestId("goal-serviceCoverage-rate").waitFor();
    expect(await page.getByTestId("goal-serviceCoverage-rate").textContent()).toBe(
      pct(coverage.serviceCoverage.rate),
    );
    expect(await page.getByTestId("goal-committeeFormation-rate").textContent()).toBe(
      pct(coverage.committeeFormation.rate),
    );
    expect(await page.getByTestId("goal-partyOrgFormation-rate").textContent()).toBe(
      pct(coverage.partyOrgFormation.rate),
    );
    await page.getByTestId("rate-responseRate").waitFor();
    expect(await page.getByTestId("rate-responseRate").textContent()).toBe(pct(cases.responseRate.rate));
    expect(await page.getByTestId("rate-satisfactionRate").textContent()).toBe(
      pct(cases.satisfactionRate.rate),
    );
    expect(await page.getByTestId("received").textContent()).toBe(String(cases.received));
    for (const region of coverage.byRegion)
      await page.getByRole("button", { name: region.name }).first().waitFor();
    await page.waitForTimeout(500); // charts animate in
    await h.screenshot("02-dashboard");

    // Drill down into the first township: its communities.
    const township = coverage.byRegion[0]!;
    const inside = await h.api.GET("/v1/tenants/{tenant}/kpis/coverage", {
      params: { query: { regionId: township.regionId } },
    });
    await page.getByRole("button", { name: township.name }).first().click();
    await page.getByRole("button", { name: "返回全县" }).waitFor();
    for (const community of inside.byRegion) await page.getByText(community.name).first().waitFor();
    expect(await page.getByTestId("goal-serviceCoverage-rate").textContent()).toBe(
      pct(inside.serviceCoverage.rate),
    );
    await h.screenshot("03-dashboard-township");
  });

  test("switches to English", async () => {
    const { page } = h;
    await page.getByRole("combobox", { name: "语言" }).click();
    await page.getByTitle("English").click();
    await page.getByText("The three 100% goals").waitFor();
    await h.screenshot("04-dashboard-en");
    await page.getByRole("combobox", { name: "Language" }).click();
    await page.getByTitle("中文").click();
    await page.getByText("三个100%").waitFor();
  });

  test("logged no error and fetched nothing from another origin", () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });
});
