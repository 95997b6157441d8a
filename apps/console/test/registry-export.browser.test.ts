import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, beforeEach, describe, expect, onTestFailed, test } from "vitest";
import { type ConsoleHarness, signInAsAdmin, startConsole } from "./harness.js";

describe("registry exports, in the console", () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsole();
    await signInAsAdmin(h);
  });
  beforeEach((context) => {
    onTestFailed(async () => {
      await h?.screenshot(`failed-${context.task.name.replace(/\W+/g, "-").slice(0, 60)}`).catch(() => {});
    });
  });
  afterAll(async () => {
    await h?.close();
  });

  test("exports the compounds as an Excel workbook that Excel's own reader opens, every row the API lists", async () => {
    const { page } = h;
    await page.getByRole("navigation").getByText("小区", { exact: true }).click();
    await page.waitForURL("**/console/registry/compounds");
    await page.locator(".ant-table-row").first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出 Excel" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("compounds.xlsx");
    const file = await download.path();
    await h.screenshot("50-registry-export");

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe("小区");
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const [header, ...body] = rows;
    expect(header?.[0]).toBe("名称");
    expect(sheet?.getRow(1).getCell(1).font?.bold).toBe(true);

    const names: string[] = [];
    let cursor: string | undefined;
    do {
      const list = await h.api.GET("/v1/tenants/{tenant}/compounds", {
        params: { query: { limit: 200, ...(cursor ? { cursor } : {}) } },
      });
      names.push(...list.items.map((c) => c.name));
      cursor = list.nextCursor ?? undefined;
    } while (cursor);
    expect(body.map((row) => row[0])).toEqual(names);
    // Numbers stay numbers (households), not text.
    const households = (header ?? []).indexOf("户数");
    expect(households).toBeGreaterThan(0);
    expect(body.every((row) => typeof row[households] === "number")).toBe(true);
  });
});
