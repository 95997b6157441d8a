import { readTenantSettings, type SubscriptionKind, unprocessableField } from "@propgov/core";
import { type Tx, tenants } from "@propgov/db";
import { eq } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { outboundUrlProblem } from "../notifications/outbound.js";
import { maskRobotUrl, robotUrlProblem } from "../notifications/robots.js";

export async function checkUrl(tx: Tx, ctx: TenantServiceContext, url: string, kind: SubscriptionKind) {
  const [tenant] = await tx
    .select({ settings: tenants.settings })
    .from(tenants)
    .where(eq(tenants.id, ctx.tenant.id));
  const settings = ctx.tenant.settings ?? readTenantSettings(tenant?.settings);
  const problem = outboundUrlProblem(
    url,
    settings.outbound.allowedHosts,
    ctx.deps.notifications.outbound.allowPrivateAddresses,
  );
  if (problem) throw unprocessableField("body.url", problem);
  const robot = kind === "webhook" ? null : robotUrlProblem(kind, url);
  if (robot) throw unprocessableField("body.url", robot);
}

/** A DingTalk signing secret is given only for a DingTalk robot, and reads `SEC…` as DingTalk shows it. */
export function checkSecret(kind: SubscriptionKind, secret: string | null | undefined) {
  if (secret === undefined) return;
  if (kind !== "dingtalk") {
    throw unprocessableField(
      "body.secret",
      kind === "webhook"
        ? "A webhook's signing secret is made by the server (rotate it with rotate-secret) (Webhook 密钥由系统生成)."
        : "Only a DingTalk robot takes a signing secret (仅钉钉机器人可设置加签密钥).",
    );
  }
  if (secret === null) return;
  if (!/^SEC[0-9a-zA-Z]{16,128}$/.test(secret)) {
    throw unprocessableField(
      "body.secret",
      "DingTalk's signing secret (加签密钥) starts with 'SEC' followed by letters and digits.",
    );
  }
}

/** What is stored of a URL: a webhook's as it is; a robot's masked, with the real one sealed. */
export async function storedUrl(ctx: TenantServiceContext, kind: SubscriptionKind, url: string) {
  if (kind === "webhook") return { url, urlCiphertext: null };
  return { url: maskRobotUrl(url), urlCiphertext: await ctx.deps.notifications.secrets.seal(url) };
}
