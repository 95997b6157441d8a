import type { Schema } from "@propgov/sdk";
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, onTestFailed, test } from "vitest";
import { type ConsoleHarness, PASSWORD, SCREENSHOTS, startConsole } from "./harness.js";
import { assertNoSideways, PHONE, screenshotBothWidths, signIn, watch } from "./phone.js";

/** antd spaces a two-character button's label ("提 交"): match either way. */
const label = (text: string) => new RegExp(`^${[...text].join("\\s?")}$`);

/** A day in the county's time zone (China Standard Time), `days` from today. */
const dayFromToday = (days: number) =>
  new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** Types a date into an antd DatePicker and confirms it. */
async function pickDate(field: Locator, value: string) {
  await field.click();
  await field.fill(value);
  // A picker with a time asks for its OK; a plain date takes the typed day when the focus moves on.
  // (Enter would also submit the form.)
  const ok = field.page().locator(".ant-picker-dropdown:visible .ant-picker-ok button");
  if (await ok.count()) await ok.click();
  else await field.press("Tab");
}

async function pickOption(page: Page, field: Locator, text: string) {
  await field.click();
  await page.keyboard.type(text);
  await page.locator(".ant-select-item-option").filter({ hasText: text }).first().click();
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });

const bothWidths = (page: Page, name: string) => screenshotBothWidths(page, SCREENSHOTS, name);

describe("tasks and meetings in the duty pages, in Chromium against the real server", () => {
  let h: ConsoleHarness;
  let others: Browser;
  let officerContext: BrowserContext;
  let officer: Page;
  const errors: string[] = [];
  let department: Schema<"Department">;
  let compound: Schema<"Compound">;
  let taskId: string;
  const title = "清理5号楼楼道堆放杂物";

  beforeAll(async () => {
    h = await startConsole();
    watch(h.page, h.base, errors);
    // A compound with an owners' committee in term and a company under contract: both are required
    // at a major-matter meeting about its fees.
    const committees = (
      await h.api.GET("/v1/tenants/{tenant}/committees", { params: { query: { limit: 200 } } })
    ).items.filter((k) => k.inTerm);
    const contracts = (
      await h.api.GET("/v1/tenants/{tenant}/contracts", { params: { query: { limit: 200 } } })
    ).items.filter((k) => k.active && !k.archivedAt);
    const committee = committees.find((k) => contracts.some((c) => c.compoundId === k.compoundId));
    if (!committee) throw new Error("the demo has no compound with a committee and a contract");
    compound = await h.api.GET("/v1/tenants/{tenant}/compounds/{id}", {
      params: { path: { id: committee.compoundId } },
    });
    department = (
      await h.api.GET("/v1/tenants/{tenant}/departments", { params: { query: { limit: 200 } } })
    ).items.find((d) => !d.archivedAt) as Schema<"Department">;
    await h.api.POST("/v1/tenants/{tenant}/users", {
      body: {
        username: "issuer",
        displayName: "社区网格员小王",
        password: PASSWORD,
        roles: ["regionStaff"],
        scope: { regionId: compound.communityId },
      } as never,
    });
    await h.api.POST("/v1/tenants/{tenant}/users", {
      body: {
        username: "owner",
        displayName: `${department.name.zh}干部小李`,
        password: PASSWORD,
        roles: ["departmentOfficer"],
        scope: { departmentId: department.id },
      } as never,
    });
    others = await chromium.launch({
      executablePath: "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
    });
    officerContext = await others.newContext({ viewport: PHONE, locale: "zh-CN" });
    officer = await officerContext.newPage();
    watch(officer, h.base, errors);
  });
  beforeEach((context) => {
    onTestFailed(async () => {
      const name = context.task.name.replace(/\W+/g, "-").slice(0, 50);
      await h?.screenshot(`failed-duty-${name}`).catch(() => {});
      await officer
        ?.screenshot({ path: `${SCREENSHOTS}/failed-duty-owner-${name}.png`, fullPage: true })
        .catch(() => {});
    });
  });
  afterAll(async () => {
    await others?.close().catch(() => {});
    await h?.close();
  });

  test("the issuer issues a task with a milestone to a department", async () => {
    const { page } = h;
    await page.setViewportSize(PHONE);
    await signIn(page, h.base, "issuer");
    await page.goto(`${h.base}/console/work/tasks`);
    await page.getByRole("button", { name: /交办任务/ }).click();
    await page.waitForURL("**/console/work/tasks/new");
    const form = page.getByTestId("new-task-form");
    await form.getByLabel("任务名称").fill(title);
    await form.getByLabel("任务要求").fill("楼道堆物影响消防通道，请三日内清理并拍照说明。");
    await pickOption(page, form.getByRole("combobox", { name: "责任单位", exact: true }), department.name.zh);
    await pickDate(form.getByLabel("完成时限"), dayFromToday(14));
    await form.getByRole("button", { name: /添加节点/ }).click();
    await form.getByLabel("节点名称").fill("现场查看并告知住户限期自行清理");
    await pickDate(form.getByLabel("节点时限"), dayFromToday(3));
    await form.getByRole("button", { name: label("提交") }).click();
    await page.waitForURL(/\/console\/work\/tasks\/tsk_/);
    taskId = page.url().split("/").pop() as string;
    await page.getByTestId("task-status").getByText("待办").waitFor();
    // The issuer does not do the owner's steps.
    expect(await page.getByTestId("task-actions").count()).toBe(0);
  });

  test("the owner, signed in separately, reports the milestone and submits with evidence", async () => {
    await signIn(officer, h.base, "owner");
    await officer.goto(`${h.base}/console/work/tasks`);
    const card = officer.locator(`[data-task="${taskId}"]`);
    await card.getByText(title).waitFor();
    await card.click();
    await officer.waitForURL(`**/console/work/tasks/${taskId}`);
    await officer
      .getByTestId("task-milestones")
      .getByRole("button", { name: /完成节点/ })
      .click();
    await officer
      .getByTestId("task-milestones")
      .getByText(/已完成/)
      .waitFor();
    await officer
      .getByTestId("task-actions")
      .getByRole("button", { name: label("开始办理") })
      .click();
    await officer
      .getByTestId("task-action-form")
      .getByRole("button", { name: label("提交") })
      .click();
    await officer.getByTestId("task-status").getByText("办理中").waitFor();
    await officer
      .getByTestId("task-actions")
      .getByRole("button", { name: label("提交报结") })
      .click();
    const form = officer.getByTestId("task-action-form");
    // Evidence is required: an empty submission is refused at the field.
    await form.getByRole("button", { name: label("提交") }).click();
    await form.locator(".ant-form-item-explain-error").first().waitFor();
    await form.getByLabel("办理情况说明").fill("已清理楼道杂物三车，张贴禁止堆物告示。");
    await form.getByRole("button", { name: label("提交") }).click();
    await officer.getByTestId("task-status").getByText("已报结").waitFor();
  });

  test("the issuer sends it back with a reason; the owner sees the reason and resubmits", async () => {
    const { page } = h;
    await page.reload();
    await page.getByTestId("task-status").getByText("已报结").waitFor();
    await page
      .getByTestId("task-actions")
      .getByRole("button", { name: label("退回重办") })
      .click();
    const form = page.getByTestId("task-action-form");
    await form.getByLabel("退回原因").fill("缺少清理后的楼道照片说明，二楼仍有电动车停放。");
    await form.getByRole("button", { name: label("提交") }).click();
    await page.getByTestId("task-status").getByText("办理中").waitFor();

    await officer.reload();
    await officer
      .getByTestId("task-sent-back")
      .getByText(/二楼仍有电动车停放/)
      .waitFor();
    await officer
      .getByTestId("task-actions")
      .getByRole("button", { name: label("提交报结") })
      .click();
    const again = officer.getByTestId("task-action-form");
    await again.getByLabel("办理情况说明").fill("二楼电动车已移至车棚，楼道已全部清空。");
    await again.getByRole("button", { name: label("提交") }).click();
    await officer.getByTestId("task-status").getByText("已报结").waitFor();
  });

  test("the issuer verifies it; the timeline holds the whole loop", async () => {
    const { page } = h;
    await page.reload();
    await page
      .getByTestId("task-actions")
      .getByRole("button", { name: label("核验通过") })
      .click();
    await page
      .getByTestId("task-action-form")
      .getByRole("button", { name: label("提交") })
      .click();
    await page.getByTestId("task-status").getByText("已核验").waitFor();
    const events = await page
      .getByTestId("task-timeline")
      .locator("[data-event]")
      .evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-event")));
    expect(events).toEqual([
      "created",
      "milestoneDone",
      "started",
      "submitted",
      "sentBack",
      "submitted",
      "verified",
    ]);
    const task = await h.api.GET("/v1/tenants/{tenant}/tasks/{id}", { params: { path: { id: taskId } } });
    expect(task.status).toBe("verified");
    expect(task.sentBackCount).toBe(1);
    await bothWidths(page, "50-task-detail");
    // The milestone's row at phone width: its title and its done mark each stay on one line block.
    await page.setViewportSize(PHONE);
    const row = page.getByTestId("task-milestones").locator("li").first();
    const tag = row.locator(".ant-tag");
    const rowBox = await row.boundingBox();
    const tagBox = await tag.boundingBox();
    expect(tagBox && rowBox && tagBox.x + tagBox.width).toBeLessThanOrEqual(
      (rowBox?.x ?? 0) + (rowBox?.width ?? 0) + 0.5,
    );
    expect(tagBox?.height).toBeLessThan(30);
    await page.goto(`${h.base}/console/work/tasks?status=all`);
    await page.locator(`[data-task="${taskId}"]`).waitFor();
    await bothWidths(page, "51-task-list");
  });

  test("a meeting is planned and held without the committee and the company", async () => {
    const { page } = h;
    await page.goto(`${h.base}/console/work/meetings`);
    await page.getByRole("button", { name: /计划会议/ }).click();
    await page.waitForURL("**/console/work/meetings/new");
    const form = page.getByTestId("new-meeting-form");
    await form.getByLabel("会议名称").fill(`${compound.name}物业费调整协商会`);
    await pickOption(page, form.getByLabel("小区"), compound.name);
    await form.locator(".duty-checks .ant-checkbox-wrapper").first().waitFor();
    await form.getByLabel("议题").fill("物业服务费由每月1.2元/平方米调整为1.5元/平方米");
    await pickDate(form.getByLabel("会议时间"), `${dayFromToday(0)} 08:00`);
    await form.getByRole("button", { name: label("提交") }).click();
    await page.waitForURL(/\/console\/work\/meetings\/mtg_/);
    await page.getByTestId("meeting-status").getByText("已计划").waitFor();

    await page
      .getByTestId("meeting-actions")
      .getByRole("button", { name: /召开会议/ })
      .click();
    const hold = page.getByTestId("hold-form");
    for (const absent of ["业主委员会", "物业服务企业"]) {
      const box = hold.locator(".ant-checkbox-wrapper").filter({ hasText: `（${absent}）` });
      for (const b of await box.all()) await b.click();
    }
    await hold.getByLabel("会议纪要").fill("社区党委书记主持，讨论物业费调整方案；业委会、物业公司未到会。");
    await hold.getByRole("button", { name: label("提交") }).click();
    await hold.waitFor({ state: "detached" });
    await page.getByTestId("meeting-status").getByText("已召开").waitFor();
  });

  test("a fee resolution is refused by the party-leadership guard, its reason on screen", async () => {
    const { page } = h;
    await page
      .getByTestId("meeting-actions")
      .getByRole("button", { name: /记录决议/ })
      .click();
    const form = page.getByTestId("resolution-form");
    await form.getByLabel("决议内容").fill("物业服务费自2027年1月起调整为每月1.5元/平方米。");
    await pickDate(form.getByLabel("落实时限"), dayFromToday(30));
    await form.getByRole("button", { name: label("提交") }).click();
    const refusal = page.getByTestId("guard-refusal");
    await refusal.getByText("党建引领制度不允许此决议").waitFor();
    const text = (await refusal.textContent()) ?? "";
    expect(text).toContain("重大事项（物业收费）须由党组织牵头协商决定");
    expect(text).toContain("未参加");
    expect(text).toContain("业主委员会");
    expect(text).toContain("物业服务企业");
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(300);
    await assertNoSideways(page);
    await shot(page, "52-guard-refusal-phone");
    await page.locator(".ant-drawer-close").click();
    await form.waitFor({ state: "detached" });
    const meetingId = page.url().split("/").pop() as string;
    const m = await h.api.GET("/v1/tenants/{tenant}/meetings/{id}", { params: { path: { id: meetingId } } });
    expect(m.resolutions).toEqual([]);
    await bothWidths(page, "53-meeting-detail");
    await page.goto(`${h.base}/console/work/meetings`);
    await page.locator(`[data-meeting="${meetingId}"]`).waitFor();
    await bothWidths(page, "54-meeting-list");
  });

  test("no page logged an error or fetched from another origin", () => {
    expect(errors.filter((e) => !e.startsWith("422 ") && !e.startsWith("409 "))).toEqual([]);
  });
});
