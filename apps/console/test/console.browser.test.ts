import { afterAll, beforeAll, beforeEach, describe, expect, onTestFailed, test } from "vitest";
import { type ConsoleHarness, PASSWORD, signInAsAdmin, startConsole } from "./harness.js";

const NEW_PASSWORD = "a brand new passphrase 2026";

const pct = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 1000) / 10}%`);

describe("the console in Chromium, against the real server", () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsole();
  });
  beforeEach((context) => {
    onTestFailed(async () => {
      await h?.screenshot(`failed-${context.task.name.replace(/\W+/g, "-").slice(0, 60)}`).catch(() => {});
    });
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

  const registry = [
    ["regions", "行政区划", "/v1/tenants/{tenant}/regions"],
    ["compounds", "小区", "/v1/tenants/{tenant}/compounds"],
    ["companies", "物业企业", "/v1/tenants/{tenant}/companies"],
    ["contracts", "服务合同", "/v1/tenants/{tenant}/contracts"],
    ["committees", "业主委员会", "/v1/tenants/{tenant}/committees"],
    ["partyOrgs", "党组织", "/v1/tenants/{tenant}/party-orgs"],
    ["departments", "职能部门", "/v1/tenants/{tenant}/departments"],
    ["bodies", "物业管理机构", "/v1/tenants/{tenant}/bodies"],
    ["staff", "专职人员", "/v1/tenants/{tenant}/staff"],
    ["venues", "阵地", "/v1/tenants/{tenant}/venues"],
  ] as const;

  test.each(registry)("the registry page of %s lists what the API lists", async (resource, title, path) => {
    const { page } = h;
    await page.getByRole("navigation").getByText(title, { exact: true }).click();
    await page.waitForURL(`**/console/registry/${resource}`);
    await page.getByRole("heading", { name: title }).waitFor();
    const listed = await h.api.GET(path as "/v1/tenants/{tenant}/compounds", {
      params: { query: { limit: 20 } },
    });
    expect(listed.items.length).toBeGreaterThan(0);
    const rows = page.getByTestId("registry-table").locator("tbody tr.ant-table-row");
    await rows.first().waitFor();
    if (resource === "regions") {
      // The tree: its top level is the county's townships and streets.
      const tree = await h.api.GET("/v1/tenants/{tenant}/regions/tree");
      expect(await rows.count()).toBe(tree.length);
      await page.getByRole("cell", { name: tree[0]!.name }).waitFor();
    } else {
      expect(await rows.count()).toBe(listed.items.length);
    }
    await h.screenshot(`10-registry-${resource}`);
  });

  test("a form shows the API's validation error at the field it names, then saves", async () => {
    const { page } = h;
    await page.getByRole("navigation").getByText("物业企业", { exact: true }).click();
    await page
      .getByRole("button", { name: "新 增" })
      .or(page.getByRole("button", { name: "新增" }))
      .click();
    const form = page.getByTestId("record-form");
    await form.getByLabel("名称").fill("蒙城县测试物业服务有限公司");
    await form.getByLabel("统一社会信用代码").fill("not-a-uscc");
    await form.getByLabel("法定代表人").fill("测试");
    await form.getByLabel("电话").fill("0558-7000000");
    await page
      .getByRole("button", { name: "保 存" })
      .or(page.getByRole("button", { name: "保存" }))
      .click();
    // The error sits under the USCC input (antd marks its item with an explain line).
    const usccItem = form.locator(".ant-form-item").filter({ has: page.getByLabel("统一社会信用代码") });
    await usccItem.locator(".ant-form-item-explain-error").waitFor();
    await h.screenshot("11-company-form-error");
    await form.getByLabel("统一社会信用代码").fill("91341622MA2NTA015R");
    await page
      .getByRole("button", { name: "保 存" })
      .or(page.getByRole("button", { name: "保存" }))
      .click();
    await page.getByTestId("record-form").waitFor({ state: "detached" });
    const found = await h.api.GET("/v1/tenants/{tenant}/companies", { params: { query: { q: "测试物业" } } });
    expect(found.items.map((c) => c.uscc)).toEqual(["91341622MA2NTA015R"]);
  });

  test("a CSV import shows the bad row and writes nothing, then imports the fixed file", async () => {
    const { page } = h;
    const header = "企业名称,统一社会信用代码,法定代表人,联系电话,是否本地,党员数";
    const good = "蒙城县导入物业一公司,91341622MA2NAB0142,王一,0558-7000001,是,3";
    const bad = "蒙城县导入物业二公司,91341622MA2NAB022W,李二,0558-7000002,是,三个";
    const fixed = "蒙城县导入物业二公司,91341622MA2NAB022W,李二,0558-7000002,是,3";
    await page.getByRole("button", { name: "导入 CSV" }).click();
    const chooser = page.getByLabel("选择文件");
    await chooser.setInputFiles({
      name: "companies.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`${header}\n${good}\n${bad}\n`),
    });
    await page.getByTestId("import-errors").waitFor();
    expect(await page.getByTestId("import-errors").locator("tbody tr.ant-table-row").count()).toBe(1);
    expect(
      await page.getByTestId("import-errors").locator("tbody tr.ant-table-row td").first().textContent(),
    ).toBe("3");
    expect(await page.getByRole("button", { name: "确认导入" }).isDisabled()).toBe(true);
    await h.screenshot("12-import-dry-run-error");
    const none = await h.api.GET("/v1/tenants/{tenant}/companies", { params: { query: { q: "导入物业" } } });
    expect(none.items).toEqual([]);

    await chooser.setInputFiles({
      name: "companies.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`${header}\n${good}\n${fixed}\n`),
    });
    await page.getByText("预检通过，可以导入").waitFor();
    await page.getByRole("button", { name: "确认导入" }).click();
    await page.getByText("已导入: 2").waitFor();
    const both = await h.api.GET("/v1/tenants/{tenant}/companies", { params: { query: { q: "导入物业" } } });
    expect(both.items.map((c) => c.name).sort()).toEqual(["蒙城县导入物业一公司", "蒙城县导入物业二公司"]);
  });

  test("a dashboard figure links to the list behind it", async () => {
    const { page } = h;
    await page.getByRole("navigation").getByText("工作台", { exact: true }).click();
    await page.getByTestId("received-previous").click();
    await page.waitForURL(/\/console\/cases\?from=/);
    await page.getByTestId("registry-table").locator("tbody tr.ant-table-row").first().waitFor();
    await h.screenshot("13-cases-from-dashboard");
  });

  test("runs an evaluation, lists its findings and turns one into a task", async () => {
    const { page } = h;
    await page.getByRole("navigation").getByText("评估记录", { exact: true }).click();
    await page.getByRole("button", { name: "运行评估" }).click();
    await page.getByTestId("evaluations-table").locator("tbody tr.ant-table-row").first().waitFor();
    const runs = await h.api.GET("/v1/tenants/{tenant}/evaluations");
    expect(runs.items).toHaveLength(1);
    const run = runs.items[0]!;
    expect(run.findingCount).toBeGreaterThan(0);
    await h.screenshot("20-evaluations");
    await page
      .getByTestId("evaluations-table")
      .getByRole("link", { name: String(run.findingCount) })
      .click();
    await page.waitForURL(`**/console/findings?period=${run.period}`);
    const rows = page.getByTestId("findings-table").locator("tbody tr.ant-table-row");
    await rows.first().waitFor();
    expect(await rows.count()).toBe(Math.min(20, run.findingCount));
    await h.screenshot("21-findings");
    const tasksBefore = await h.api.GET("/v1/tenants/{tenant}/tasks", {
      params: { query: { source: "finding" } },
    });
    await rows.first().getByRole("button", { name: "转为整改任务" }).click();
    await page
      .getByRole("button", { name: "保 存" })
      .or(page.getByRole("button", { name: "保存" }))
      .click();
    await page.getByText("已生成整改任务").waitFor();
    const tasksAfter = await h.api.GET("/v1/tenants/{tenant}/tasks", {
      params: { query: { source: "finding" } },
    });
    expect(tasksAfter.items.length).toBe(tasksBefore.items.length + 1);

    // The dashboard counts the findings per rule, as the API lists them.
    await page.getByRole("navigation").getByText("工作台", { exact: true }).click();
    const card = page.getByTestId("findings-by-rule");
    await card.getByText(run.period).waitFor();
    const links = card.getByRole("link");
    await links.first().waitFor();
    const texts = await links.allTextContents();
    const total = texts.reduce((sum, text) => sum + Number(text.split(": ").pop()), 0);
    expect(total).toBe(run.findingCount);
    await page.waitForTimeout(300);
    await h.screenshot("22-dashboard-with-findings");
  });

  test("edits a policy through its generated form: the API's field error, then version 2 and its diff", async () => {
    const { page } = h;
    await page.getByRole("navigation").getByText("制度（政策）", { exact: true }).click();
    await page.waitForURL("**/console/mechanism");
    await page.getByRole("heading", { name: "制度（政策）" }).waitFor();
    await page.locator(".ant-list-item").getByText("投诉即办制度", { exact: true }).click();
    const editor = page.getByTestId("policy-editor");
    await editor.getByText("投诉即办制度").first().waitFor();
    const hours = editor.locator("#root_firstContactHours");
    await hours.fill("-1");
    await editor.getByRole("button", { name: /保\s?存/ }).click();
    // The API's message for this field, shown under it by the generated form.
    await editor.getByText("须大于 0").waitFor();
    await h.screenshot("30-policy-field-error");
    expect((await h.api.GET("/v1/tenants/{tenant}/mechanism")).version).toBe(1);

    await hours.fill("3");
    await editor.getByRole("button", { name: /保\s?存/ }).click();
    await page.getByText("已保存 · 版本 2").waitFor();
    const saved = await h.api.GET("/v1/tenants/{tenant}/mechanism");
    expect(saved.version).toBe(2);
    const config = saved.document.policies.complaintHandling?.config as
      | { firstContactHours: number }
      | undefined;
    expect(config?.firstContactHours).toBe(3);
    const history = page.getByTestId("mechanism-versions");
    await history.getByRole("cell", { name: "2", exact: true }).waitFor();
    await history.getByText("1 ↔ 2").click();
    const diff = page.getByTestId("mechanism-diff");
    await diff.locator(".diff-added", { hasText: '"firstContactHours": 3' }).waitFor();
    await diff.locator(".diff-removed", { hasText: '"firstContactHours"' }).first().waitFor();
    await h.screenshot("31-policy-version-diff");
  });

  test("changes the password, signs out and signs in with the new one", async () => {
    const { page } = h;
    await page.getByRole("button", { name: "蒙城县住房发展中心管理员" }).hover();
    await page.getByText("修改密码").click();
    await page.getByLabel("当前密码").fill(PASSWORD);
    await page.getByLabel("新密码", { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel("确认新密码").fill(NEW_PASSWORD);
    await h.screenshot("14-change-password");
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /保\s?存/ })
      .click();
    await page.getByText("密码已修改").waitFor();
    await page.getByRole("button", { name: "蒙城县住房发展中心管理员" }).hover();
    await page.getByText("退出登录").click();
    await page.getByLabel("用户名").waitFor();
    expect((await fetch(`${h.base}/v1/auth/me`)).status).toBe(401);
    await page.getByLabel("用户名").fill("admin");
    await page.getByLabel("密码").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: /登\s?录/ }).click();
    await page.getByRole("navigation").waitFor();
  });

  test("logged no error and fetched nothing from another origin", () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });
});
