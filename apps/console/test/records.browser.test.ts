import type { Schema } from "@propgov/sdk";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, onTestFailed, test } from "vitest";
import { type ConsoleHarness, PASSWORD, SCREENSHOTS, startConsole } from "./harness.js";
import { assertNoSideways, DESKTOP, PHONE, screenshotBothWidths, signIn, watch } from "./phone.js";

const label = (text: string) => new RegExp(`^${[...text].join("\\s?")}$`);
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });

const bothWidths = (page: Page, name: string) => screenshotBothWidths(page, SCREENSHOTS, name);

describe("disclosures and lifecycle events in the work pages, in Chromium against the real server", () => {
  let h: ConsoleHarness;
  const errors: string[] = [];
  let contract: Schema<"Contract">;
  let eventId: string;

  beforeAll(async () => {
    h = await startConsole();
    watch(h.page, h.base, errors);
    contract = (
      await h.api.GET("/v1/tenants/{tenant}/contracts", { params: { query: { limit: 200 } } })
    ).items.find((k) => k.active && !k.archivedAt) as Schema<"Contract">;
    const compound = await h.api.GET("/v1/tenants/{tenant}/compounds/{id}", {
      params: { path: { id: contract.compoundId } },
    });
    await h.api.POST("/v1/tenants/{tenant}/users", {
      body: {
        username: "steward",
        displayName: "社区干部小周",
        password: PASSWORD,
        roles: ["regionStaff"],
        scope: { regionId: compound.communityId },
      } as never,
    });
    const event = await h.api.POST("/v1/tenants/{tenant}/lifecycle-events", {
      body: {
        compoundId: compound.id,
        kind: "majorRepair",
        title: `${compound.name}电梯大修`,
        startedOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10),
      },
    });
    eventId = event.id;
  });
  beforeEach((context) => {
    onTestFailed(async () => {
      const name = context.task.name.replace(/\W+/g, "-").slice(0, 50);
      await h?.screenshot(`failed-records-${name}`).catch(() => {});
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  test("the menu offers both pages, in Chinese and in English", async () => {
    const { page } = h;
    await page.setViewportSize(DESKTOP);
    await signIn(page, h.base, "steward");
    const nav = page.getByRole("navigation");
    await nav.getByText("信息公示").waitFor();
    await nav.getByText("全生命周期事项").waitFor();
  });

  test("a due disclosure is published from the due list and leaves it; a bad period shows at its field", async () => {
    const { page } = h;
    await page.setViewportSize(PHONE);
    await page.goto(`${h.base}/console/work/disclosures`);
    await page.getByRole("heading", { name: "信息公示" }).waitFor();
    const due = page.getByTestId("disclosures-due");
    // The soonest due (or the longest late) item of the community's compounds.
    const card = due.locator("[data-testid=disclosure-due]").first();
    await card.waitFor();
    const key = (await card.getAttribute("data-due")) as string;
    const [compoundId, item, period] = key.split("|") as [string, string, string];
    expect(period).toMatch(/^\d{4}(-Q[1-4]|-\d{2})?$/);
    const before = await due.locator("[data-testid=disclosure-due]").count();
    // Due or late: a countdown or an overdue mark on every card.
    await card.locator(".countdown").waitFor();
    await assertNoSideways(page);
    await bothWidths(page, "60-disclosures-due");

    await card.getByRole("button", { name: label("发布公示") }).click();
    const form = page.getByTestId("disclosure-form");
    await form
      .getByLabel("公示内容")
      .fill("电梯广告收入12,000元；停车场收入8,500元；支出：公共设施维修6,200元。");
    await form.getByLabel("公示期间").fill(`${period.slice(0, 4)}-13`);
    await form.getByRole("button", { name: label("提交") }).click();
    const periodItem = form.locator(".ant-form-item").filter({ has: page.getByLabel("公示期间") });
    await periodItem.locator(".ant-form-item-explain-error").waitFor();
    await assertNoSideways(page);
    await shot(page, "61-disclosure-field-error-phone");
    await form.getByLabel("公示期间").fill(period);
    await form.getByRole("button", { name: label("提交") }).click();
    await form.waitFor({ state: "detached" });
    await page.locator(`[data-due="${key}"]`).waitFor({ state: "detached" });
    expect(await due.locator("[data-testid=disclosure-due]").count()).toBe(before - 1);
    const published = await h.api.GET("/v1/tenants/{tenant}/disclosures", {
      params: { query: { compoundId, item, period } },
    });
    expect(published.items).toHaveLength(1);
    await page.getByText(/已公示 \d+/).click();
    await page.locator(`[data-disclosure="${published.items[0]?.id}"]`).waitFor();
    await bothWidths(page, "62-disclosures-published");
  });

  test("a lifecycle step is signed off and the missing sign-offs shrink", async () => {
    const { page } = h;
    await page.goto(`${h.base}/console/work/lifecycle`);
    const card = page.locator(`[data-event-id="${eventId}"]`);
    await card.waitFor();
    await bothWidths(page, "63-lifecycle-list");
    await card.click();
    await page.waitForURL(`**/console/work/lifecycle/${eventId}`);
    const missing = page.getByTestId("lifecycle-missing").locator("li");
    await missing.first().waitFor();
    const before = await missing.count();
    expect(before).toBeGreaterThan(0);
    await bothWidths(page, "64-lifecycle-detail");
    // The community's own sign-off: region staff of the community may give it.
    const row = page
      .locator('[data-testid=lifecycle-step] li[data-participant="community"][data-signed="no"]')
      .first();
    const step = await row.evaluate((li) => li.closest("[data-step]")?.getAttribute("data-step"));
    await row.getByRole("button", { name: /签字确认/ }).click();
    const form = page.getByTestId("sign-off-form");
    await form.getByLabel("签字意见").fill("社区居委会已审核维修方案。");
    await form.getByRole("button", { name: label("提交") }).click();
    await form.waitFor({ state: "detached" });
    await expect.poll(() => missing.count()).toBe(before - 1);
    await page
      .locator(`[data-step="${step}"] li[data-participant="community"][data-signed="yes"]`)
      .getByText("社区居委会已审核维修方案。", { exact: false })
      .waitFor();
    const e = await h.api.GET("/v1/tenants/{tenant}/lifecycle-events/{id}", {
      params: { path: { id: eventId } },
    });
    expect(e.missing).toHaveLength(before - 1);
    expect(e.missing.some((m) => m.step === step && m.participant === "community")).toBe(false);
    await bothWidths(page, "65-lifecycle-signed");
  });

  test("English is one switch away", async () => {
    const { page } = h;
    await page.setViewportSize(DESKTOP);
    await page.goto(`${h.base}/console/work/disclosures`);
    await page.getByRole("heading", { name: "信息公示" }).waitFor();
    await page.getByRole("combobox", { name: "语言" }).click();
    await page.getByTitle("English").click();
    await page.getByRole("heading", { name: "Disclosures" }).waitFor();
    await page.getByRole("navigation").getByText("Lifecycle events").waitFor();
    await shot(page, "66-disclosures-en-desktop");
    await page.getByRole("combobox", { name: "Language" }).click();
    await page.getByTitle("中文").click();
    await page.getByRole("heading", { name: "信息公示" }).waitFor();
  });

  test("no page logged an error or fetched from another origin", () => {
    expect(errors.filter((e) => !e.startsWith("422 ") && !e.startsWith("409 "))).toEqual([]);
  });
});
