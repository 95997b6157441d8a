import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, onTestFailed, test } from "vitest";
import { type ConsoleHarness, SCREENSHOTS, signInAsAdmin, startConsole } from "./harness.js";
import { axe } from "./phone.js";

/** Presses Tab until the element matching `name` has focus; how many presses it took, or -1. */
async function tabsTo(page: Page, name: RegExp, max = 60): Promise<number> {
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.getAttribute("aria-label") ?? ""} ${el.textContent ?? ""}`.trim() : "";
    });
    if (name.test(focused)) return i;
  }
  return -1;
}

/** The phone-width header: the menu trigger must not cover the title, nothing may overflow sideways. */
async function phoneLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const box = (sel: string) => document.querySelector(sel)?.getBoundingClientRect();
    const trigger = box(".shell-menu-button");
    if (trigger) {
      const texts = document.querySelectorAll(
        ".shell-title, .shell-user, main h4, main a, main button, main label, main input, main th",
      );
      for (const el of texts) {
        const r = el.getBoundingClientRect();
        if (r.width === 0 || r.height === 0) continue;
        const overlap = !(
          trigger.right <= r.left ||
          trigger.left >= r.right ||
          trigger.bottom <= r.top ||
          trigger.top >= r.bottom
        );
        if (overlap)
          problems.push(
            `the menu button overlaps ${el.tagName.toLowerCase()} "${(el.textContent ?? "").slice(0, 20)}"`,
          );
      }
    }
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1)
      problems.push(`the page is ${document.documentElement.scrollWidth}px wide in a ${width}px window`);
    return problems;
  });
}

function previousMonth(): string {
  const now = new Date();
  const index = now.getFullYear() * 12 + now.getMonth() - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

describe("the administrator's pages in Chromium, against the real server", () => {
  let h: ConsoleHarness;
  const violations: string[] = [];
  let keyId = "";

  beforeAll(async () => {
    h = await startConsole();
    await signInAsAdmin(h);
  });
  beforeEach((context) => {
    onTestFailed(async () => {
      await h
        ?.screenshot(`failed-admin-${context.task.name.replace(/\W+/g, "-").slice(0, 60)}`)
        .catch(() => {});
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  const open = async (path: string, ready: string) => {
    await h.page.goto(`${h.base}/console${path}`);
    await h.page.getByTestId(ready).waitFor();
    await h.page
      .locator(".ant-spin-spinning")
      .first()
      .waitFor({ state: "detached" })
      .catch(() => {});
    await h.page
      .locator(".ant-spin-blur")
      .first()
      .waitFor({ state: "detached" })
      .catch(() => {});
  };
  const checkAxe = async (name: string) => {
    for (const v of await axe(h.page)) violations.push(`${name}: ${JSON.stringify(v)}`);
  };

  test("publishes a monthly bulletin with a manual score and its evidence, opens its report, revises it with a reason", async () => {
    const { page } = h;
    // A template version with a manual item (the presets have none): the inspector's site visit.
    const templates = await h.api.GET("/v1/tenants/{tenant}/assessment-templates");
    const company = templates.items.find((x) => x.targetKind === "company")!;
    const { name, targetKind, passLine, bands, items: presetItems, vetoes } = company.document;
    await h.api.PUT("/v1/tenants/{tenant}/assessment-templates/{code}", {
      params: { path: { code: company.code } },
      body: {
        name,
        targetKind,
        ...(passLine !== undefined ? { passLine } : {}),
        ...(bands ? { bands } : {}),
        ...(vetoes ? { vetoes } : {}),
        items: [
          ...presetItems,
          {
            id: "site",
            title: { zh: "现场检查", en: "Site inspection" },
            points: 10,
            source: { metric: "manual" },
            rule: { kind: "manual" },
          },
        ],
        note: "加入现场检查",
      } as never,
    });

    await open("/assessments", "assessments-table");
    await page.getByRole("tab", { name: "考核模板" }).click();
    await page.getByText(company.code, { exact: true }).first().waitFor();
    await h.screenshot("40-assessment-templates");
    await checkAxe("assessment templates");
    await page.getByRole("tab", { name: "考核周期" }).click();

    const period = previousMonth();
    await page.getByRole("button", { name: "新建考核草稿" }).click();
    await page.getByLabel("期间").fill("2026-13");
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /新\s?增/ })
      .click();
    // The API's validation error, at the field it names.
    await page.locator(".ant-form-item-has-error").first().waitFor();
    expect(await page.locator(".ant-form-item-has-error label").first().textContent()).toBe("期间");
    await page.getByLabel("期间").fill(period);
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /新\s?增/ })
      .click();
    await page.waitForURL(/\/console\/assessments\/asm_/);
    const id = page.url().split("/").at(-1)!;
    expect(await page.getByTestId("assessment-status").textContent()).toBe("草稿");

    // The scorecards with the figures behind each score.
    const table = page.getByTestId(`scorecards-${company.code}`);
    const firstRow = table.locator("tbody tr.ant-table-row").first();
    await firstRow.waitFor();
    const detail = await h.api.GET("/v1/tenants/{tenant}/assessments/{id}", { params: { path: { id } } });
    const cards = detail.scorecards.filter((c) => c.templateCode === company.code);
    const first = [...cards].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99))[0]!;
    await table.getByRole("row", { name: first.targetName }).getByRole("button").first().click();
    const items = page.getByTestId(`items-${first.id}`);
    await items.waitFor();
    expect(await items.locator("tbody tr.ant-table-row").count()).toBe(first.items.length);
    expect(await items.textContent()).toContain("现场检查");
    expect(await items.textContent()).not.toMatch(/[{}"]/); // figures as words, not JSON
    // Every figure's name is a word in the page's language, not the API's key (byRule, subjects, on, records).
    const labels = await items.locator(".ant-descriptions-item-label").allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.filter((l) => /^[a-z][A-Za-z]*$/.test(l.trim()))).toEqual([]);

    // A manual score above the item's points: the API's error at the score field; then a good one.
    await items
      .getByRole("row", { name: /现场检查/ })
      .getByRole("button", { name: "录入评分" })
      .click();
    await page.getByLabel(/得分/).fill("12");
    await page.getByLabel("佐证材料").fill("现场检查：消防通道畅通，台账齐全。");
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /保\s?存/ })
      .click();
    await page.locator(".ant-form-item-has-error").getByText("At most 10.").waitFor();
    await page.getByLabel(/得分/).fill("8");
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /保\s?存/ })
      .click();
    await page.getByRole("dialog").waitFor({ state: "detached" });
    await items.getByText("现场检查：消防通道畅通，台账齐全。").waitFor();
    await h.screenshot("41-assessment-draft-scorecards");
    await checkAxe("assessment draft");

    // Publishing needs every manual item entered: the other companies' site visits, through the API.
    for (const card of cards.filter((c) => c.id !== first.id)) {
      await h.api.PUT("/v1/tenants/{tenant}/assessments/{id}/scorecards/{scorecardId}/items/{itemId}", {
        params: { path: { id, scorecardId: card.id, itemId: "site" } },
        body: { score: 9, evidence: "现场检查：台账齐全。" },
      });
    }
    await page.reload();
    await page.getByTestId("assessment-status").waitFor();
    await page.getByRole("button", { name: /发\s?布/ }).click();
    await page
      .locator(".ant-popconfirm")
      .getByRole("button", { name: /发\s?布/ })
      .click();
    await expect.poll(() => page.getByTestId("assessment-status").textContent()).toBe("已发布");
    const published = await h.api.GET("/v1/tenants/{tenant}/assessments/{id}", { params: { path: { id } } });
    expect(published.status).toBe("published");
    const site = published.scorecards.find((c) => c.id === first.id)!.items.find((i) => i.id === "site")!;
    expect(site.manual).toMatchObject({ score: 8, evidence: "现场检查：消防通道畅通，台账齐全。" });

    // The printable report, in a new tab.
    const [report] = await Promise.all([
      h.context.waitForEvent("page"),
      page.getByTestId("report-link").click(),
    ]);
    await report.waitForLoadState();
    const text = (await report.locator("body").textContent()) ?? "";
    expect(text).toContain(period);
    expect(text).toContain(first.targetName);
    await report.screenshot({ path: join(SCREENSHOTS, "42-assessment-report.png"), fullPage: true });
    await report.close();

    // Revise with a reason: a new draft revision.
    await page.getByRole("button", { name: /修\s?订/ }).click();
    await page.getByLabel("修订原因").fill("更正现场检查评分");
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /修\s?订/ })
      .click();
    await page.waitForURL((url) => url.pathname.includes("/assessments/asm_") && !url.pathname.endsWith(id));
    await expect.poll(() => page.getByTestId("assessment-status").textContent()).toBe("草稿");
    // The revision's reason, as the new draft shows it (the dialog's field may still hold it too).
    await page.locator(".ant-descriptions-item-content", { hasText: "更正现场检查评分" }).waitFor();
    const revisions = await h.api.GET("/v1/tenants/{tenant}/assessments", { params: { query: { period } } });
    expect(revisions.items.map((a) => [a.revision, a.status]).sort()).toEqual([
      [1, "published"],
      [2, "draft"],
    ]);
  });

  test("credit files: the ranking, a company's records, eligibility and the 双公示 export", async () => {
    const { page } = h;
    await open("/credit", "credit-table");
    const ranking = await h.api.GET("/v1/tenants/{tenant}/credit/companies");
    expect(await page.getByTestId("credit-table").locator("tbody tr.ant-table-row").count()).toBe(
      Math.min(20, ranking.items.length),
    );
    await h.screenshot("43-credit");
    await checkAxe("credit");
    const top = ranking.items[0]!;
    await page.getByRole("button", { name: top.company.name }).click();
    const file = await h.api.GET("/v1/tenants/{tenant}/credit/companies/{id}", {
      params: { path: { id: top.company.id } },
    });
    await page.getByTestId("credit-score").waitFor();
    expect(await page.getByTestId("credit-score").textContent()).toBe(String(file.score));
    await page.getByText("参与招投标").waitFor();
    await page.getByRole("tab", { name: /全部记录/ }).click();
    await h.screenshot("44-credit-file");
    await checkAxe("credit file");
    const href = await page.getByTestId("penalties-export").getAttribute("href");
    expect(href).toMatch(/\/credit\/exports\/penalties\.csv\?from=\d{4}-01-01&to=\d{4}-12-31$/);
    const csv = await page.evaluate(async (url) => (await fetch(url!)).status, href);
    expect(csv).toBe(200);
    await page.keyboard.press("Escape");
  });

  test("creates an API key and shows its secret once", async () => {
    const { page } = h;
    await open("/api-keys", "api-keys-table");
    await page.getByRole("button", { name: "新建 API 密钥" }).click();
    await page.getByRole("dialog").getByLabel("名称").fill("12345 热线对接");
    await page
      .getByRole("dialog")
      .getByRole("button", { name: /新\s?增/ })
      .click();
    const secret = page.getByTestId("api-key-secret");
    await secret.waitFor();
    const key = (await secret.textContent()) ?? "";
    expect(key).toMatch(/^key_[0-9A-Z]{26}\.ten_[0-9A-Z]{26}\.[a-z0-9]{32}$/);
    keyId = key.split(".")[0]!;
    await page.getByText("密钥只显示这一次").waitFor();
    await h.screenshot("45-api-key-shown-once");
    const me = await fetch(`${h.base}/v1/auth/me`, { headers: { authorization: `Bearer ${key}` } });
    expect(me.status).toBe(200);
    await page.getByRole("button", { name: "我已保存" }).click();
    await secret.waitFor({ state: "detached" });
    const row = page.getByTestId("api-keys-table").getByRole("row", { name: /12345 热线对接/ });
    await row.waitFor();
    expect((await page.locator("body").textContent()) ?? "").not.toContain(key.split(".")[2]!);
    await h.screenshot("46-api-keys");
    await checkAxe("api keys");
  });

  test("the audit page lists the events of what was just done, searchable by what and target", async () => {
    const { page } = h;
    await open("/audit", "audit-table");
    await page.getByLabel("操作", { exact: true }).fill("apiKey.create");
    await page.getByLabel("对象编号").fill(keyId);
    await page.getByRole("button", { name: /搜\s?索/ }).click();
    const rows = page.getByTestId("audit-table").locator("tbody tr.ant-table-row");
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(keyId);
    expect(await rows.first().textContent()).toContain("蒙城县住房发展中心管理员");
    await rows.first().getByRole("button").first().click();
    await page.getByText("12345 热线对接").first().waitFor();
    await h.screenshot("47-audit");
    await checkAxe("audit");
    // The publish of the bulletin is there too.
    await page.getByLabel("操作", { exact: true }).fill("assessment.publish");
    await page.getByLabel("对象编号").fill("");
    await page.getByRole("button", { name: /搜\s?索/ }).click();
    const api = await h.api.GET("/v1/tenants/{tenant}/audit-events", {
      params: { query: { action: "assessment.publish" } },
    });
    await expect.poll(() => rows.count()).toBe(api.items.length);
    expect(api.items.length).toBeGreaterThan(0);
  });

  test("users: a refused password is shown at its field", async () => {
    const { page } = h;
    await open("/users", "users-table");
    await h.screenshot("48-users");
    await checkAxe("users");
    await page.getByRole("button", { name: "新增用户" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("用户名").fill("chengguan.test");
    await dialog.getByLabel("姓名").fill("测试用户");
    await dialog.getByLabel("新密码").fill("password123");
    await dialog.getByLabel("角色").click();
    await page.keyboard.type("县级管理员");
    await page.keyboard.press("Enter");
    await dialog.locator(".ant-select-selection-item", { hasText: "县级管理员" }).waitFor();
    await dialog.getByText("新增用户").click(); // closes the dropdown over the buttons
    await dialog.getByRole("button", { name: /保\s?存/ }).click();
    await dialog.locator(".ant-form-item-has-error").first().waitFor();
    const errorField = await dialog.locator(".ant-form-item-has-error label").first().textContent();
    expect(errorField).toBe("新密码");
    await h.screenshot("49-user-password-error");
    await dialog.getByLabel("新密码").fill("a long passphrase for testing 2026");
    await dialog.getByRole("button", { name: /保\s?存/ }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByTestId("users-table").getByText("chengguan.test").waitFor();
  });

  test("county settings: a bad origin is shown at its field, a good one saves", async () => {
    const { page } = h;
    await open("/settings", "settings-form");
    await h.screenshot("50-settings");
    await checkAxe("settings");
    await page
      .getByLabel("允许的来源（嵌入组件的网站）")
      .fill("https://www.mengcheng.gov.cn\nftp://bad.example");
    await page.getByLabel("公众提交限额（每客户端每分钟）").fill("30");
    await page.getByRole("button", { name: /保\s?存/ }).click();
    await page
      .locator(".ant-form-item-has-error")
      .getByText(/allowedOrigins\.1/)
      .waitFor();
    await page.getByLabel("允许的来源（嵌入组件的网站）").fill("https://www.mengcheng.gov.cn");
    await page.getByRole("button", { name: /保\s?存/ }).click();
    await page.getByText("已保存").first().waitFor();
    const settings = await h.api.GET("/v1/tenants/{tenant}/settings");
    expect(settings.allowedOrigins).toEqual(["https://www.mengcheng.gov.cn"]);
    expect(settings.publicIntake.perMinute).toBe(30);
  });

  test("the new pages are keyboard-reachable from the menu", async () => {
    const { page } = h;
    await open("/audit", "audit-table");
    const focusText = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        return { inNav: Boolean(el?.closest("nav")), text: (el?.textContent ?? "").trim() };
      });
    // rc-menu moves DOM focus one animation frame after an arrow key, from its own active-key state: a key
    // pressed before that frame ran is computed from a stale item, so on a loaded machine the old loop
    // skipped past the item or pressed Enter on a neighbour (and then waited for the wrong page). Each
    // key now waits for the focus it moves.
    const press = async (key: string) => {
      const before = await focusText();
      await page.keyboard.press(key);
      await expect
        .poll(focusText, { timeout: 5_000 })
        .not.toEqual(before)
        .catch(() => {}); // the end of the menu: focus stays
    };
    for (const [label, ready, path] of [
      ["考核", "assessments-table", "/assessments"],
      ["信用", "credit-table", "/credit"],
      ["用户与角色", "users-table", "/users"],
      ["API 密钥", "api-keys-table", "/api-keys"],
      ["县级设置", "settings-form", "/settings"],
      ["审计日志", "audit-table", "/audit"],
    ] as const) {
      // Tab into the menu, then arrow down to the item (the menu is one tab stop, as WAI-ARIA menus are).
      await page.locator("body").click({ position: { x: 600, y: 5 } });
      let tabs = 0;
      while (!(await focusText()).inNav && tabs++ < 30) await press("Tab");
      expect((await focusText()).inNav, `Tab reaches the menu (${label})`).toBe(true);
      let steps = 0;
      while ((await focusText()).text !== label && steps++ < 40) await press("ArrowDown");
      steps = 0;
      while ((await focusText()).text !== label && steps++ < 40) await press("ArrowUp");
      expect((await focusText()).text, `arrow keys reach ${label}`).toBe(label);
      await page.keyboard.press("Enter");
      // Enter opens that item's page (a lazily loaded chunk and its first query: slow when cold and loaded).
      await page.waitForURL((url) => url.pathname === `/console${path}`, { timeout: 30_000 });
      await page.getByTestId(ready).waitFor({ timeout: 30_000 });
    }
    // And the page's own first action is a tab stop.
    await open("/api-keys", "api-keys-table");
    expect(await tabsTo(page, /新建 API 密钥/)).toBeGreaterThan(0);
  });

  test("at phone width: no overlap of the menu button and the title, nothing wider than the screen", async () => {
    const { page } = h;
    await page.setViewportSize({ width: 375, height: 812 });
    try {
      const list = await h.api.GET("/v1/tenants/{tenant}/assessments");
      const pages: [string, string, string][] = [
        ["/credit", "credit-table", "51-phone-credit"],
        [`/assessments/${list.items[0]!.id}`, "assessment-status", "52-phone-assessment"],
        ["/audit", "audit-table", "53-phone-audit"],
        ["/api-keys", "api-keys-table", "54-phone-api-keys"],
      ];
      // The menu folds behind a header button that opens it and closes on a choice.
      await open("/audit", "audit-table");
      const button = page.getByRole("button", { name: "菜单" });
      const siderWidth = async () => (await page.locator(".shell-sider").boundingBox())?.width ?? 0;
      await expect.poll(siderWidth).toBeLessThan(1);
      await button.click();
      await expect.poll(siderWidth).toBeGreaterThan(150);
      await page.getByRole("navigation").getByText("信用", { exact: true }).click();
      await page.getByTestId("credit-table").waitFor();
      await expect.poll(() => button.getAttribute("aria-expanded")).toBe("false");
      await expect.poll(siderWidth).toBeLessThan(1);
      for (const [path, ready, shot] of pages) {
        await open(path, ready);
        expect(await phoneLayoutProblems(page), path).toEqual([]);
        await h.screenshot(shot);
        await checkAxe(`phone ${path}`);
      }
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  });

  test("at 390 px the header's title fits: the app's name whole, the full title as its tooltip", async () => {
    const { page } = h;
    await page.setViewportSize({ width: 390, height: 844 });
    try {
      await open("/credit", "credit-table");
      const title = page.locator(".shell-header .shell-title");
      expect(await title.getAttribute("title")).toMatch(/ · 红色物业治理平台$/);
      // The app's name is not cut (its text fits its box); the header's parts do not overlap.
      const appName = title.locator(".shell-title-part").last();
      expect(await appName.textContent()).toBe("红色物业治理平台");
      expect(await appName.evaluate((el) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      const right = (await title.boundingBox())!;
      const language = (await page.getByRole("combobox", { name: "语言" }).boundingBox())!;
      expect(right.x + right.width).toBeLessThanOrEqual(language.x);
      expect(await phoneLayoutProblems(page)).toEqual([]);
      await page.locator(".shell-header").screenshot({ path: join(SCREENSHOTS, "55-phone-header.png") });
      await h.screenshot("56-phone-390-credit");
    } finally {
      await page.setViewportSize({ width: 1366, height: 768 });
    }
  });

  test("axe-core found no serious or critical violation on the new pages", () => {
    expect(violations).toEqual([]);
  });

  test("logged no error and fetched nothing from another origin", () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });
});
