import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, beforeEach, describe, expect, onTestFailed, test } from "vitest";
import { type ConsoleHarness, signInAsAdmin, startConsole } from "./harness.js";

/** 青禾县's own rule (examples/custom-policy), registered where the server starts (PROPGOV_PLUGINS). */
const PLUGIN = fileURLToPath(new URL("../../../examples/custom-policy/src/index.ts", import.meta.url));

describe("a county's own policy and the presets, in the console", () => {
  let h: ConsoleHarness;

  beforeAll(async () => {
    h = await startConsole({ plugins: [PLUGIN] });
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

  test("the plugin policy appears with the form generated from its schema, and saves a version", async () => {
    const { page } = h;
    await page.getByRole("navigation").getByText("制度（政策）", { exact: true }).click();
    await page.waitForURL("**/console/mechanism");
    await page.locator(".ant-list-item").getByText("大型小区网格包保", { exact: true }).click();
    const editor = page.getByTestId("policy-editor");
    await editor.getByText("户数超过规模的小区").waitFor();
    await editor.getByText("plugin", { exact: true }).waitFor();
    // Its form comes from the JSON Schema `GET policies` gives: the plugin's two fields, with defaults.
    const households = editor.locator("#root_minHouseholds");
    await expect.poll(() => households.inputValue()).toBe("500");
    await expect.poll(() => editor.locator("#root_minGuaranteedGrids").inputValue()).toBe("2");

    await households.fill("12.5");
    await editor.getByRole("button", { name: /保\s?存/ }).click();
    // The API validates against the plugin's own schema and names the field; nothing is written.
    await editor.getByText("应为整数").waitFor();
    expect((await h.api.GET("/v1/tenants/{tenant}/mechanism")).version).toBe(1);
    await h.screenshot("40-plugin-policy-field-error");

    await households.fill("800");
    await editor.getByRole("switch", { name: "启用" }).click();
    await editor.getByRole("button", { name: /保\s?存/ }).click();
    await page.getByText("已保存 · 版本 2").waitFor();
    const saved = await h.api.GET("/v1/tenants/{tenant}/mechanism");
    expect(saved.document.policies["qinghe.guaranteedGrids"]).toEqual({
      enabled: true,
      config: { minHouseholds: 800, minGuaranteedGrids: 2 },
    });
    await h.screenshot("41-plugin-policy-saved");
  });

  test("compares the county's current version with a preset, line by line", async () => {
    const { page } = h;
    const card = page.getByTestId("preset-comparison");
    await card.scrollIntoViewIfNeeded();
    // The demo started from anhui-3338: the comparison shows what the county changed since.
    const diff = card.getByTestId("preset-diff");
    await diff.locator(".diff-added", { hasText: '"qinghe.guaranteedGrids"' }).waitFor();
    await expect.poll(() => card.getByText(/行不同/).textContent()).toMatch(/anhui-3338 ↔ 本县当前版本 2/);
    await h.screenshot("42-preset-comparison");

    // Another preset: its own document appears on the left.
    const compact = await h.api.GET("/v1/tenants/{tenant}/mechanism/presets/{preset}", {
      params: { path: { preset: "compact-2level" } },
    });
    await card.getByLabel("预设").click();
    await page.locator(".ant-select-item-option", { hasText: "compact-2level" }).click();
    await diff.locator(".diff-removed", { hasText: compact.document.name.zh }).first().waitFor();
    await h.screenshot("43-preset-comparison-compact");
  });
});
