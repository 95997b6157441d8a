import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, onTestFailed, test } from "vitest";
import { type ConsoleHarness, signInAsAdmin, startConsole, TENANT } from "./harness.js";
import { axe } from "./phone.js";

/** Presses Tab until the focused element's name matches; how many presses it took, or -1. */
async function tabsTo(page: Page, name: RegExp, max = 80): Promise<number> {
  await page.locator("body").click({ position: { x: 600, y: 5 } });
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

/** Visible elements of the page whose boxes overlap another's (labels, inputs, buttons, cells). */
async function overlaps(page: Page, scope: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const root = document.querySelector(sel);
    if (!root) return [`no ${sel}`];
    const els = [...root.querySelectorAll("label, input, textarea, button, .ant-select, th")].filter((el) => {
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return r.width > 0 && r.height > 0 && style.visibility !== "hidden" && style.opacity !== "0";
    });
    const problems: string[] = [];
    for (let i = 0; i < els.length; i++) {
      for (let j = i + 1; j < els.length; j++) {
        const a = els[i]!;
        const b = els[j]!;
        if (a.contains(b) || b.contains(a)) continue;
        const p = a.getBoundingClientRect();
        const q = b.getBoundingClientRect();
        const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
        const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        if (x > 2 && y > 2)
          problems.push(
            `${a.tagName} "${(a.textContent ?? "").slice(0, 12)}" overlaps ${b.tagName} "${(b.textContent ?? "").slice(0, 12)}"`,
          );
      }
    }
    return problems;
  }, scope);
}

describe("assessment templates as versions, credit records filed and revoked, in Chromium", () => {
  let h: ConsoleHarness;
  const violations: string[] = [];

  beforeAll(async () => {
    h = await startConsole();
    await signInAsAdmin(h);
  });
  beforeEach((context) => {
    onTestFailed(async () => {
      await h?.screenshot(`failed-tc-${context.task.name.replace(/\W+/g, "-").slice(0, 60)}`).catch(() => {});
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
  };
  /** Drawers and dialogs done sliding in, toasts gone: what a person would see. */
  const settled = async () => {
    // antd's drawer and dialog motions take 0.3 s.
    await h.page.waitForTimeout(500);
    await h.page
      .locator(".ant-message-notice")
      .first()
      .waitFor({ state: "detached", timeout: 6_000 })
      .catch(() => {});
  };
  const shot = async (name: string) => {
    await settled();
    await h.screenshot(name);
  };
  const checkAxe = async (name: string) => {
    for (const v of await axe(h.page)) violations.push(`${name}: ${JSON.stringify(v)}`);
  };

  test("a template: its versions and items; a bad pass line at its field; a valid edit saves version N+1", async () => {
    const { page } = h;
    const before = await h.api.GET("/v1/tenants/{tenant}/assessment-templates");
    const company = before.items.find((x) => x.targetKind === "company")!;
    const name = company.document.name.zh;
    const total = company.document.items.reduce((a, i) => a + i.points, 0);

    await open("/assessments", "assessments-table");
    await page.getByRole("tab", { name: "考核模板" }).click();
    const table = page.getByTestId("templates-table");
    await table.getByText(company.code, { exact: true }).waitFor();
    await shot("60-templates");
    await checkAxe("templates");

    // By keyboard: Tab to the template's "view" button, Enter opens it.
    expect(await tabsTo(page, new RegExp(`^查看 ${name}`))).toBeGreaterThan(0);
    await page.keyboard.press("Enter");
    const drawer = page.getByTestId("template-drawer");
    await drawer.getByTestId("template-versions").waitFor();
    expect(await drawer.getByTestId("template-current-version").textContent()).toBe(String(company.version));
    const versionRows = drawer.getByTestId("template-versions").locator("tbody tr.ant-table-row");
    expect(await versionRows.count()).toBe(company.version);
    const itemRows = drawer.getByTestId("template-items").locator("tbody tr.ant-table-row");
    expect(await itemRows.count()).toBe(company.document.items.length);
    expect(await drawer.getByTestId("template-items").textContent()).toContain(
      company.document.items[0]!.title.zh,
    );
    await shot("61-template-versions");
    await checkAxe("template versions");

    // Edit: a pass line above the items' total is the API's error, at the pass line.
    await drawer.getByRole("button", { name: "编辑为新版本" }).click();
    const form = page.getByTestId("template-form");
    await form.getByLabel("合格线").fill(String(total + 50));
    await form.getByLabel("版本说明").fill("提高合格线");
    await form.getByRole("button", { name: "保存为新版本" }).click();
    const bad = form.locator(".ant-form-item-has-error");
    await bad.first().waitFor();
    expect(await bad.locator("label").first().textContent()).toBe("合格线");
    expect(await bad.first().textContent()).toContain(`The pass line is above the items' total (${total})`);
    expect(await overlaps(page, ".ant-drawer-body")).toEqual([]);
    await shot("62-template-field-error");
    await checkAxe("template form");
    // Nothing was written.
    const unchanged = await h.api.GET("/v1/tenants/{tenant}/assessment-templates/{code}/versions", {
      params: { path: { code: company.code } },
    });
    expect(unchanged.items.length).toBe(company.version);

    // A valid pass line, a changed item title and a new veto (一票否决) whose count is 0: the API's
    // error is at the veto's count, in its card.
    await form.getByLabel("合格线").fill("65");
    await form.getByLabel("项目名称（中文）").first().fill(`${company.document.items[0]!.title.zh}（修订）`);
    await form.getByRole("button", { name: "添加否决项" }).click();
    const veto = form.getByTestId("veto-fields").last();
    await veto.getByLabel("项目名称（中文）").fill("一年内两次重大安全事故");
    await veto.getByLabel("项目名称（英文）").fill("Two major safety incidents in a year");
    await veto.getByLabel("类别", { exact: true }).fill("majorSafetyIncident");
    await veto.getByLabel("次数").fill("0");
    await form.getByRole("button", { name: "保存为新版本" }).click();
    const vetoError = veto.locator(".ant-form-item-has-error");
    await vetoError.first().waitFor();
    expect(await vetoError.locator("label").first().textContent()).toBe("次数");
    expect(await form.locator(".ant-form-item-has-error").count()).toBe(1);
    await shot("62b-template-veto-error");
    // A count of 2: saved as the next version, listed first.
    await veto.getByLabel("次数").fill("2");
    await form.getByRole("button", { name: "保存为新版本" }).click();
    await expect
      .poll(() => drawer.getByTestId("template-current-version").textContent())
      .toBe(String(company.version + 1));
    expect(await versionRows.count()).toBe(company.version + 1);
    expect(await versionRows.first().textContent()).toContain("提高合格线");
    expect(await drawer.getByTestId("template-items").textContent()).toContain("（修订）");
    await shot("63-template-version-saved");
    await checkAxe("template saved");

    const after = await h.api.GET("/v1/tenants/{tenant}/assessment-templates/{code}/versions", {
      params: { path: { code: company.code } },
    });
    expect(after.items[0]).toMatchObject({ version: company.version + 1, note: "提高合格线" });
    expect(after.items[0]!.document.passLine).toBe(65);
    expect(after.items[0]!.document.items.length).toBe(company.document.items.length);
    expect(after.items[0]!.document.vetoes).toEqual([
      ...company.document.vetoes,
      {
        id: `veto${company.document.vetoes.length + 1}`,
        title: { zh: "一年内两次重大安全事故", en: "Two major safety incidents in a year" },
        source: { metric: "credit.bad", category: "majorSafetyIncident" },
        rule: { kind: "atLeast", count: 2 },
      },
    ]);
    // The earlier version is still there, as it was, and viewable.
    await versionRows.last().getByRole("button", { name: /查看/ }).click();
    expect(await drawer.getByTestId("template-items").textContent()).not.toContain("（修订）");
    await page.keyboard.press("Escape");
    await drawer.waitFor({ state: "hidden" });
    await table
      .getByRole("row", { name: new RegExp(company.code) })
      .getByText(String(company.version + 1))
      .waitFor();
  });

  test("a credit record: filed with a field error first, counted in the score, then revoked with a reason", async () => {
    const { page } = h;
    const ranking = await h.api.GET("/v1/tenants/{tenant}/credit/companies");
    const target = ranking.items[0]!;
    const id = target.company.id;
    await open("/credit", "credit-table");
    await page.getByRole("button", { name: target.company.name }).click();
    const score = page.getByTestId("credit-score");
    await score.waitFor();
    expect(await score.textContent()).toBe(String(target.score));

    // By keyboard: the drawer's first action is a tab stop.
    await page.getByRole("button", { name: "新增信用记录" }).focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "新增信用记录" });
    await dialog.waitFor();
    await dialog.getByLabel("类别", { exact: true }).fill("违规收费");
    await dialog.getByLabel("分值", { exact: true }).fill("5");
    await dialog.getByLabel("佐证材料").fill("县住建局执法检查记录：超标准收取停车费。");
    await dialog.getByLabel("生效日期").fill("2026-13-01");
    await dialog.getByRole("button", { name: /保\s?存/ }).click();
    const bad = dialog.locator(".ant-form-item-has-error");
    await bad.first().waitFor();
    expect(await bad.locator("label").first().textContent()).toBe("生效日期");
    expect(await overlaps(page, ".ant-modal")).toEqual([]);
    await shot("64-credit-record-field-error");
    await checkAxe("credit record form");

    const day = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
    await dialog.getByLabel("生效日期").fill(day);
    await dialog.getByRole("button", { name: /保\s?存/ }).click();
    await dialog.waitFor({ state: "detached" });
    const filed = await h.api.GET("/v1/tenants/{tenant}/credit/companies/{id}", { params: { path: { id } } });
    const record = filed.records.find((r) => r.category === "违规收费" && r.evidence.startsWith("县住建局"))!;
    expect(record).toMatchObject({ kind: "bad", points: 5, source: "manual", revokedAt: null });
    expect(filed.score).toBeLessThan(target.score);
    await expect.poll(() => score.textContent()).toBe(String(filed.score));
    expect(await page.getByTestId("credit-grade").textContent()).toBe(filed.grade);
    const row = page.getByTestId("credit-records").getByRole("row", { name: /违规收费/ });
    await row.waitFor();
    expect(await row.textContent()).toContain("−5");
    await shot("65-credit-record-filed");
    await checkAxe("credit record filed");

    // Revoke with a reason: it stops counting and shows as revoked in the history.
    await row.getByRole("button", { name: "撤销记录 违规收费" }).click();
    const revoke = page.getByRole("dialog", { name: /撤销记录/ });
    await revoke.getByLabel("撤销原因").fill("处罚决定已被行政复议撤销");
    await revoke.getByRole("button", { name: /撤\s?销/ }).click();
    await revoke.waitFor({ state: "detached" });
    await expect.poll(() => score.textContent()).toBe(String(target.score));
    await page.getByRole("tab", { name: /全部记录/ }).click();
    const revokedRow = page.getByTestId("credit-history").getByRole("row", { name: /违规收费/ });
    await revokedRow.getByText("已撤销").waitFor();
    expect(await revokedRow.textContent()).toContain("处罚决定已被行政复议撤销");
    expect(await overlaps(page, ".ant-drawer-body")).toEqual([]);
    await shot("66-credit-record-revoked");
    await checkAxe("credit record revoked");
    const revoked = await h.api.GET("/v1/tenants/{tenant}/credit/companies/{id}", {
      params: { path: { id } },
    });
    expect(revoked.score).toBe(target.score);
    expect(revoked.history.find((r) => r.id === record.id)).toMatchObject({
      revokeReason: "处罚决定已被行政复议撤销",
    });
    await page.keyboard.press("Escape");
  });

  test("a department officer files an administrative penalty (the only kind the API lets them) and revokes nothing", async () => {
    const { page } = h;
    const departments = await h.api.GET("/v1/tenants/{tenant}/departments");
    const department = departments.items[0]!;
    const password = "a long passphrase for the officer 2026";
    await h.api.POST("/v1/tenants/{tenant}/users", {
      body: {
        username: "zhujian.officer",
        displayName: "住建局执法员",
        password,
        roles: ["departmentOfficer"],
        scope: { departmentId: department.id },
      },
    });
    const ranking = await h.api.GET("/v1/tenants/{tenant}/credit/companies");
    const target = ranking.items[ranking.items.length - 1]!;

    // Signed in as the officer, straight onto the credit page.
    await h.context.clearCookies();
    await page.goto(`${h.base}/console/credit`);
    await page.getByLabel("县（租户标识）").fill(TENANT);
    await page.getByLabel("用户名").fill("zhujian.officer");
    await page.getByLabel("密码").fill(password);
    await page
      .getByRole("button", { name: "登 录" })
      .or(page.getByRole("button", { name: "登录" }))
      .click();
    await page.getByTestId("credit-table").waitFor();
    await page.getByRole("button", { name: target.company.name }).click();
    await page.getByTestId("credit-score").waitFor();
    await page.getByRole("button", { name: "新增信用记录" }).click();
    const dialog = page.getByRole("dialog", { name: "新增信用记录" });
    await dialog.getByText("职能部门人员只能登记行政处罚").waitFor();
    await dialog.getByLabel("类别", { exact: true }).fill("违规收费");
    await dialog.getByLabel("分值", { exact: true }).fill("3");
    await dialog.getByLabel("佐证材料").fill("县住建局执法检查记录");
    await dialog.getByLabel("决定书文号").fill("蒙住建罚〔2026〕7号");
    await dialog.getByLabel("处罚机关").fill("蒙城县住房和城乡建设局");
    await dialog.getByLabel("罚款（万元）").fill("0.5");
    await dialog.getByLabel("处罚类别").fill("罚款");
    await dialog.getByLabel("违法行为类型").fill("违规收费");
    await dialog.getByRole("button", { name: /保\s?存/ }).click();
    // The 双公示 field left empty: the API's message at it.
    const bad = dialog.locator(".ant-form-item-has-error");
    await bad.first().waitFor();
    expect(await bad.locator("label").first().textContent()).toBe("公示截止期");
    expect(await overlaps(page, ".ant-modal")).toEqual([]);
    await shot("67-credit-penalty-officer");
    await checkAxe("credit penalty form");
    await dialog.getByLabel("公示截止期").fill("2027-12-31");
    await dialog.getByRole("button", { name: /保\s?存/ }).click();
    await dialog.waitFor({ state: "detached" });
    await page.getByRole("tab", { name: /行政处罚/ }).click();
    await page.getByText("蒙住建罚〔2026〕7号").waitFor();
    expect(await page.getByRole("button", { name: /撤销记录/ }).count()).toBe(0);
    const file = await h.api.GET("/v1/tenants/{tenant}/credit/companies/{id}", {
      params: { path: { id: target.company.id } },
    });
    expect(file.records.find((r) => r.penalty?.decisionNumber === "蒙住建罚〔2026〕7号")).toMatchObject({
      kind: "bad",
      points: 3,
      source: "administrativePenalty",
    });
    await expect.poll(() => page.getByTestId("credit-score").textContent()).toBe(String(file.score));
    await shot("68-credit-penalty-filed");
    await page.keyboard.press("Escape");
  });

  test("axe-core found no serious or critical violation", () => {
    expect(violations).toEqual([]);
  });

  test("logged no error and fetched nothing from another origin", () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.foreignRequests).toEqual([]);
  });
});
