import { createHmac, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyWebhook, WebhookVerificationError } from "../src/index.js";

const secret = `whsec_${randomBytes(32).toString("base64")}`;
const sign = (key: string, id: string, ts: number, body: string) =>
  `v1,${createHmac("sha256", Buffer.from(key.slice(6), "base64"))
    .update(`${id}.${ts}.${body}`)
    .digest("base64")}`;
const at = new Date("2026-11-16T01:30:00.000Z");
const ts = Math.floor(at.getTime() / 1000);
const body = JSON.stringify({
  id: "msg_1",
  type: "case.filed",
  timestamp: at.toISOString(),
  tenant: "ours",
  data: {},
});

describe("verifyWebhook", () => {
  it("accepts a message signed per Standard Webhooks, with one signature or two (rotation)", async () => {
    const headers = {
      "webhook-id": "msg_1",
      "webhook-timestamp": String(ts),
      "webhook-signature": sign(secret, "msg_1", ts, body),
    };
    const payload = await verifyWebhook(secret, headers, body, { now: () => at });
    expect(payload.type).toBe("case.filed");
    const other = `whsec_${randomBytes(32).toString("base64")}`;
    const both = new Headers({
      ...headers,
      "webhook-signature": `${sign(other, "msg_1", ts, body)} ${headers["webhook-signature"]}`,
    });
    await expect(verifyWebhook(secret, both, body, { now: () => at })).resolves.toMatchObject({
      id: "msg_1",
    });
  });

  it("refuses a changed body, a wrong secret and a message outside the replay window", async () => {
    const headers = {
      "webhook-id": "msg_1",
      "webhook-timestamp": String(ts),
      "webhook-signature": sign(secret, "msg_1", ts, body),
    };
    await expect(
      verifyWebhook(secret, headers, body.replace("ours", "them"), { now: () => at }),
    ).rejects.toThrow(WebhookVerificationError);
    const wrong = `whsec_${randomBytes(32).toString("base64")}`;
    await expect(verifyWebhook(wrong, headers, body, { now: () => at })).rejects.toThrow(
      "No signature matches",
    );
    const late = () => new Date(at.getTime() + 301_000);
    await expect(verifyWebhook(secret, headers, body, { now: late })).rejects.toThrow("replay window");
    await expect(verifyWebhook(secret, {}, body)).rejects.toThrow("Missing");
  });
});
