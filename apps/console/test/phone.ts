import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";
import { PASSWORD, TENANT } from "./harness.js";

export const PHONE = { width: 375, height: 667 };
export const DESKTOP = { width: 1366, height: 768 };

/** Signs a person in through the console's form. */
export async function signIn(page: Page, base: string, username: string) {
  await page.goto(`${base}/console/`);
  await page.getByLabel("县（租户标识）").fill(TENANT);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(PASSWORD);
  await page.getByRole("button", { name: /登\s?录/ }).click();
  // At phone width the menu is folded away: the header's inbox bell says the shell is up.
  await page.getByTestId("inbox-bell").waitFor();
}

/** Errors a page logs or throws, and requests it sends elsewhere: both must stay empty. */
export function watch(page: Page, base: string, errors: string[]) {
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (msg) => {
    if (msg.type() === "error" && !msg.text().startsWith("Failed to load resource")) errors.push(msg.text());
  });
  page.on("response", (response) => {
    const status = response.status();
    if (status >= 400 && status !== 409 && status !== 422 && !response.url().endsWith("/v1/auth/me"))
      errors.push(`${status} ${response.request().method()} ${response.url()}`);
  });
  page.on("request", (request) => {
    const url = request.url();
    if (!url.startsWith(base) && !url.startsWith("data:") && !url.startsWith("blob:"))
      errors.push(`foreign ${url}`);
  });
}

/** The page needs no horizontal scrolling, and every button in it is at least `min` px tall. */
export async function assertPhoneFriendly(page: Page, where: Locator, min = 40) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  const small: string[] = [];
  // A select's or a date picker's clear cross sits inside it (itself 40 px): the field is the target.
  for (const button of await where
    .locator(
      "button:visible:not(.ant-select-clear):not(.ant-picker-clear), [role=tab]:visible, label.ant-checkbox-wrapper:visible, label.ant-radio-wrapper:visible",
    )
    .all()) {
    const box = await button.boundingBox();
    if (box && box.height < min)
      small.push(`${(await button.evaluate((e) => e.outerHTML)).slice(0, 120)} ${box.height}px`);
  }
  expect(small).toEqual([]);
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's serious and critical violations on the page as it is now. */
export async function axe(page: Page) {
  await page.evaluate(axeSource);
  const result = await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run(): Promise<any> } }).axe.run();
    return r.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n: any) => n.target.join(" ")),
    }));
  });
  return (result as { id: string; impact: string }[]).filter(
    (v) => v.impact === "serious" || v.impact === "critical",
  );
}

/** No horizontal scrolling: the document is no wider than the window. */
export async function assertNoSideways(page: Page) {
  expect(
    await page.evaluate(() => (document.scrollingElement as Element).scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
}

/**
 * Pictures the page at phone width (no horizontal scrolling, buttons large enough to tap) and at
 * desktop width, as `<name>-phone.png` and `<name>-desktop.png`; leaves it at phone width.
 */
export async function screenshotBothWidths(page: Page, dir: string, name: string) {
  await page.setViewportSize(PHONE);
  // Let the layout settle after the resize (antd's breakpoints re-render).
  await page.waitForTimeout(300);
  await assertNoSideways(page);
  await assertPhoneFriendly(page, page.locator("main"));
  await page.screenshot({ path: `${dir}/${name}-phone.png`, fullPage: true });
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${dir}/${name}-desktop.png`, fullPage: true });
  await page.setViewportSize(PHONE);
}
