import { createClient, type PropgovClient, type Schema } from "@propgov/sdk";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, onTestFailed, test } from "vitest";
import { type ConsoleHarness, PASSWORD, SCREENSHOTS, startConsole, TENANT } from "./harness.js";
import { assertPhoneFriendly, DESKTOP, PHONE, signIn, watch } from "./phone.js";

const RESIDENT_PHONE = "13912345678";

type Department = Schema<"Department">;

const submit = (page: Page) =>
  page
    .getByTestId("action-form")
    .getByRole("button", { name: /提\s?交/ })
    .click();

/** antd spaces a two-character button's label ("吹 哨"): match either way. */
const label = (text: string) => new RegExp(`^${[...text].join("\\s?")}$`);

async function act(page: Page, action: string) {
  await page
    .getByTestId("case-actions")
    .getByRole("button", { name: label(action) })
    .click();
  await page.getByTestId("action-form").waitFor();
}

describe("a whole case's life in the work pages, in Chromium against the real server", () => {
  let h: ConsoleHarness;
  let officers: Browser;
  const errors: string[] = [];
  let compound: Schema<"Compound">;
  let category: { code: string; name: { zh: string } };
  let summoned: Department[];
  let receipt: { number: string; trackingCode: string };
  let caseId: string;
  const officerPages: Page[] = [];
  const popups: string[] = [];
  let officerA: PropgovClient;

  beforeAll(async () => {
    h = await startConsole();
    watch(h.page, h.base, errors);
    h.page.on("popup", (popup) => popups.push(popup.url()));
    const mechanism = await h.api.GET("/v1/tenants/{tenant}/mechanism");
    const departments = (
      await h.api.GET("/v1/tenants/{tenant}/departments", { params: { query: { limit: 200 } } })
    ).items;
    // A category whose whistle goes to two departments by default, both on the registry.
    const found = mechanism.document.categories.find(
      (k) =>
        k.departments.length === 2 && k.departments.every((code) => departments.some((d) => d.code === code)),
    );
    if (!found) throw new Error("the demo mechanism has no category with two default departments");
    category = found;
    summoned = found.departments.map((code) => departments.find((d) => d.code === code) as Department);
    compound = (await h.api.GET("/v1/tenants/{tenant}/compounds", { params: { query: { limit: 1 } } }))
      .items[0]!;
    const user = (
      username: string,
      displayName: string,
      roles: ["regionStaff" | "departmentOfficer"],
      scope: object,
    ) =>
      h.api.POST("/v1/tenants/{tenant}/users", {
        body: { username, displayName, password: PASSWORD, roles, scope } as never,
      });
    await user("worker", "社区网格员小王", ["regionStaff"], { regionId: compound.communityId });
    await user("officer.a", `${summoned[0]!.name.zh}干部`, ["departmentOfficer"], {
      departmentId: summoned[0]!.id,
    });
    await user("officer.b", `${summoned[1]!.name.zh}干部`, ["departmentOfficer"], {
      departmentId: summoned[1]!.id,
    });
    officerA = createClient({ baseUrl: h.base, tenant: TENANT });
    await officerA.login({ username: "officer.a", password: PASSWORD });
    // The officers sign in separately: a browser of their own, one context (cookie jar) each.
    officers = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
    });
  });
  beforeEach((context) => {
    onTestFailed(async () => {
      const name = context.task.name.replace(/\W+/g, "-").slice(0, 50);
      await h?.screenshot(`failed-work-${name}`).catch(() => {});
      for (const [i, page] of officerPages.entries())
        await page.screenshot({ path: `${SCREENSHOTS}/failed-work-officer${i}-${name}.png` }).catch(() => {});
    });
  });
  afterAll(async () => {
    await officers?.close().catch(() => {});
    await h?.close();
  });

  const shot = async (page: Page, name: string) =>
    page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });

  test("the community worker signs in on a phone and opens the work queue", async () => {
    await h.page.setViewportSize(PHONE);
    await signIn(h.page, h.base, "worker");
    await h.page.goto(`${h.base}/console/work`);
    await h.page.getByRole("heading", { name: "待办工单" }).waitFor();
    await h.page.getByTestId("live").getByText("实时更新").waitFor();
    await h.page.getByRole("tab", { name: /本辖区新件与待办/ }).waitFor();
    await assertPhoneFriendly(h.page, h.page.locator("main"));
  });

  test("a resident's report appears in the worker's queue without a reload", async () => {
    // A marker on the window: a reload or a navigation would lose it.
    await h.page.evaluate(() => {
      (window as unknown as { marker: number }).marker = 42;
    });
    const res = await fetch(`${h.base}/v1/tenants/${TENANT}/public/cases`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        category: category.code,
        compoundId: compound.id,
        description: "楼道里堆满杂物，还有人私拉电线充电，很危险。",
        location: { text: "5号楼1单元楼道" },
        reporter: { name: "李女士", phone: RESIDENT_PHONE },
      }),
    });
    expect(res.status).toBe(201);
    receipt = (await res.json()) as typeof receipt;
    const card = h.page.locator(`[data-case="${receipt.number}"]`);
    await card.waitFor();
    expect(await h.page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
    await card.getByText("首次联系").waitFor();
    await card.getByText("已受理").waitFor();
    await assertPhoneFriendly(h.page, h.page.locator("main"));
    await shot(h.page, "40-work-queue-phone");
    const listed = await h.api.GET("/v1/tenants/{tenant}/cases", {
      params: { query: { q: receipt.number } },
    });
    caseId = (listed as Schema<"CasePage">).items[0]!.id;
  });

  test("filing a walk-in case suggests the open duplicate and shows the API's field error in Chinese", async () => {
    const { page } = h;
    await page.getByRole("button", { name: "代录诉求" }).click();
    await page.waitForURL("**/console/work/new");
    const form = page.getByTestId("file-case-form");
    await form.getByLabel("小区").click();
    await page.keyboard.type(compound.name);
    await page.locator(".ant-select-item-option").filter({ hasText: compound.name }).first().click();
    await form.getByLabel("类别").click();
    await page.keyboard.type(category.name.zh);
    await page.locator(".ant-select-item-option").filter({ hasText: category.name.zh }).first().click();
    const duplicates = page.getByTestId("duplicates");
    await duplicates.getByText("可能重复").waitFor();
    await duplicates.getByRole("link", { name: receipt.number }).waitFor();
    await form.getByLabel("问题描述").fill("来访反映：楼道私拉电线给电动车充电。");
    await form.getByLabel("反映人姓名").fill("张先生");
    await form.getByLabel("反映人电话").fill("12");
    await form.getByRole("button", { name: /提\s?交/ }).click();
    const phoneItem = form.locator(".ant-form-item").filter({ has: page.getByLabel("反映人电话") });
    await phoneItem.locator(".ant-form-item-explain-error").getByText("请输入正确的手机号或电话").waitFor();
    await assertPhoneFriendly(page, page.locator("main"));
    await shot(page, "41-file-case-phone");
    await page.setViewportSize(DESKTOP);
    await shot(page, "41-file-case-desktop");
    await page.setViewportSize(PHONE);
    await form.getByLabel("反映人电话").fill("13800001111");
    await form.getByRole("button", { name: /提\s?交/ }).click();
    await page.waitForURL(/\/console\/work\/cases\/cas_/);
    await page.getByTestId("case-status").getByText("已受理").waitFor();
  });

  test("the worker contacts the resident and whistles the category's two departments", async () => {
    const { page } = h;
    await page.goto(`${h.base}/console/work`);
    await page.locator(`[data-case="${receipt.number}"]`).click();
    await page.waitForURL(`**/console/work/cases/${caseId}`);
    // Region staff of the case's subtree handle it: the phone is not masked for them.
    await page.getByTestId("case-reporter").getByText(`李女士 ${RESIDENT_PHONE}`).waitFor();
    await assertPhoneFriendly(page, page.locator("main"));
    await shot(page, "42-case-received-phone");
    await act(page, "联系反映人");
    await page.getByTestId("action-form").getByLabel("备注").fill("已电话联系李女士，约定今天下午上门查看。");
    await submit(page);
    await page.getByTestId("case-status").getByText("已联系").waitFor();

    await act(page, "吹哨");
    const drawer = page.getByRole("dialog");
    // The category's default departments are preselected.
    for (const d of summoned)
      await drawer.locator(".ant-select").getByText(d.name.zh, { exact: true }).waitFor();
    await drawer.getByText("已按类别预选默认部门").waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const box = await drawer.boundingBox();
    expect(box?.width).toBeCloseTo(PHONE.width, 0);
    // The drawer has slid all the way in (its animation ends at the left edge) before the picture.
    await expect.poll(async () => Math.round((await drawer.boundingBox())?.x ?? -1)).toBe(0);
    await shot(page, "43-whistle-drawer-phone");
    await drawer.getByLabel("备注").fill("楼道消防隐患，请相关部门到场。");
    await submit(page);
    await page.getByTestId("case-status").getByText("已吹哨").waitFor();
    const c = await h.api.GET("/v1/tenants/{tenant}/cases/{id}", { params: { path: { id: caseId } } });
    expect(c.departments.map((d) => d.departmentId).sort()).toEqual(summoned.map((d) => d.id).sort());
  });

  test("each department officer, signed in separately, checks in and completes with a photo", async () => {
    // A small PNG made by the browser itself: a photo from the scene.
    const photo = await h.page.screenshot({ clip: { x: 0, y: 0, width: 120, height: 90 } });
    for (const [i, department] of summoned.entries()) {
      const context: BrowserContext = await officers.newContext({ viewport: PHONE, locale: "zh-CN" });
      const page = await context.newPage();
      officerPages.push(page);
      watch(page, h.base, errors);
      page.on("popup", (popup) => popups.push(popup.url()));
      await signIn(page, h.base, i === 0 ? "officer.a" : "officer.b");
      await page.goto(`${h.base}/console/work`);
      const card = page.getByTestId("queue-department").locator(`[data-case="${receipt.number}"]`);
      await card.getByText("部门报到").waitFor();
      if (i === 0) {
        await assertPhoneFriendly(page, page.locator("main"));
        await shot(page, "44-work-queue-officer-phone");
      }
      await card.click();
      await page.waitForURL(`**/console/work/cases/${caseId}`);
      await act(page, "报到");
      if (i === 0) {
        // Someone of the department checked in meanwhile (another device): the API's 409, in Chinese.
        await officerA.POST("/v1/tenants/{tenant}/cases/{id}/departments/{departmentId}/check-in", {
          params: { path: { id: caseId, departmentId: department.id } },
        });
        await submit(page);
        await page.getByTestId("action-error").getByText("本部门已报到。").waitFor();
        await shot(page, "45-conflict-in-chinese-phone");
        await page.locator(".ant-drawer-close").click();
        await page.getByTestId("action-form").waitFor({ state: "detached" });
      } else {
        await submit(page);
      }
      await act(page, "部门办结");
      const drawer = page.getByRole("dialog");
      await drawer.getByLabel("处理结果").fill(`${department.name.zh}已到场处置，清理杂物、拆除私拉电线。`);
      await drawer.getByLabel("影像证明（照片）").setInputFiles({
        name: `现场照片-${department.code}.png`,
        mimeType: "image/png",
        buffer: photo,
      });
      await submit(page);
      await page.getByTestId("action-form").waitFor({ state: "detached" });
      await page.getByTestId("case-departments").getByText(`${department.name.zh}已到场处置`).waitFor();
      await page.getByTestId("case-photos").locator("img").nth(i).waitFor();
      await context.close();
    }
    const attachments = await h.api.GET("/v1/tenants/{tenant}/cases/{id}/attachments", {
      params: { path: { id: caseId } },
    });
    expect(attachments.items.filter((a) => a.purpose === "evidence")).toHaveLength(2);
  });

  test("the worker's page follows the departments live, then the worker resolves the case", async () => {
    const { page } = h;
    // No reload: the notifications of the departments' steps refreshed the case.
    await page.getByTestId("case-status").getByText("部门已办结").waitFor();
    await act(page, "办结");
    await page.getByTestId("action-form").getByLabel("备注").fill("两部门均已办结，现场复查无隐患。");
    await submit(page);
    await page.getByTestId("case-status").getByText("已解决").waitFor();
  });

  test("the resident rates it through the public route, and the worker closes it with the whole timeline", async () => {
    const { page } = h;
    const res = await fetch(`${h.base}/v1/tenants/${TENANT}/public/cases/${receipt.trackingCode}/rating`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ rating: "satisfied", comment: "处理很及时，谢谢！" }),
    });
    expect(res.status).toBe(200);
    await page.getByTestId("case-status").getByText("已评价").waitFor();
    await act(page, "结案");
    await submit(page);
    await page.getByTestId("case-status").getByText("已结案").waitFor();
    const timeline = page.getByTestId("case-timeline");
    const events = await timeline
      .locator("[data-event]")
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-event")));
    // Officer A checked in (from another device) and completed, then officer B did both.
    expect(events).toEqual([
      "received",
      "contacted",
      "whistled",
      "checkedIn",
      "completed",
      "checkedIn",
      "completed",
      "resolved",
      "rated",
      "closed",
    ]);
    await timeline.getByText("处理很及时，谢谢！").waitFor();
    await page
      .getByTestId("case-actions")
      .getByRole("button", { name: label("重办") })
      .waitFor();
    await assertPhoneFriendly(page, page.locator("main"));
    await shot(page, "46-case-closed-phone");
    await page.setViewportSize(DESKTOP);
    await shot(page, "46-case-closed-desktop");
    await page.setViewportSize(PHONE);
    const c = await h.api.GET("/v1/tenants/{tenant}/cases/{id}", { params: { path: { id: caseId } } });
    expect(c.status).toBe("closed");
    expect(c.timeline.map((e) => e.type)).toEqual(events);
  });

  test("the queue, the inbox and the preferences at phone and desktop width", async () => {
    const { page } = h;
    await page.goto(`${h.base}/console/work`);
    await page.getByRole("heading", { name: "待办工单" }).waitFor();
    await page.locator("[data-testid=work-card]").first().waitFor();
    await page.setViewportSize(DESKTOP);
    await shot(page, "40-work-queue-desktop");
    await page.setViewportSize(PHONE);

    const bell = page.getByTestId("inbox-bell");
    await expect.poll(async () => (await bell.getAttribute("aria-label")) ?? "").toMatch(/未读/);
    await bell.click();
    await page.waitForURL("**/console/inbox");
    const list = page.getByTestId("inbox-list");
    await list.locator("li").first().waitFor();
    const unreadBefore = await list.locator(".inbox-unread").count();
    expect(unreadBefore).toBeGreaterThan(0);
    await assertPhoneFriendly(page, page.locator("main"));
    await shot(page, "47-inbox-phone");
    await page.setViewportSize(DESKTOP);
    await shot(page, "47-inbox-desktop");
    await page.setViewportSize(PHONE);
    await page.getByRole("button", { name: /全部标为已读/ }).click();
    await expect.poll(() => list.locator(".inbox-unread").count()).toBe(0);
    await expect.poll(async () => (await bell.getAttribute("aria-label")) ?? "").toBe("通知");

    await page.goto(`${h.base}/console/notification-preferences`);
    const form = page.getByTestId("preferences-form");
    await form.waitFor();
    await form.getByLabel("短信提醒").check();
    await form.getByLabel("手机号").fill("123");
    await form.getByRole("button", { name: /保\s?存/ }).click();
    await page.locator(".ant-alert-error, .ant-form-item-explain-error").first().waitFor();
    await assertPhoneFriendly(page, page.locator("main"));
    await shot(page, "48-preferences-error-phone");
    await form.getByLabel("手机号").fill(RESIDENT_PHONE);
    await form.getByRole("button", { name: /保\s?存/ }).click();
    await page.getByText("已保存").waitFor();
    await page.setViewportSize(DESKTOP);
    await shot(page, "48-preferences-desktop");
    const me = createClient({ baseUrl: h.base, tenant: TENANT });
    await me.login({ username: "worker", password: PASSWORD });
    const prefs = await me.GET("/v1/auth/me/notification-preferences");
    expect(prefs.sms).toEqual({ enabled: true, phone: RESIDENT_PHONE });
  });

  test("no page logged an error, opened a window or fetched from another origin", async () => {
    expect(errors.filter((e) => !e.startsWith("422 ") && !e.startsWith("409 "))).toEqual([]);
    expect(h.pageErrors.filter((e) => !/ 40[39] | 422 /.test(e))).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
    // No pop-up window: the worker's browser never opened a second page.
    expect(h.context.pages()).toHaveLength(1);
    expect(popups).toEqual([]);
  });
});
