import { signAcs3 } from "./acs3.js";
import type { ChannelOutcome } from "./email.js";
import { type OutboundConfig, postOutbound } from "./outbound.js";
import type { SmsSender } from "./sms.js";

export const ALIYUN_SMS_ENDPOINT = "https://dysmsapi.aliyuncs.com";

/** `2026-11-16T01:30:00Z`: ISO 8601 in UTC without milliseconds, as `x-acs-date` wants it. */
const acsDate = (at: Date) => `${at.toISOString().slice(0, 19)}Z`;

/** Alibaba's codes that retrying will not cure (the number, the template or the signature is wrong). */
const PERMANENT_CODES = new Set([
  "isv.MOBILE_NUMBER_ILLEGAL",
  "isv.TEMPLATE_MISSING_PARAMETERS",
  "isv.SMS_TEMPLATE_ILLEGAL",
  "isv.SMS_SIGNATURE_ILLEGAL",
  "isv.BLACK_KEY_CONTROL_LIMIT",
]);

/**
 * Sends through Alibaba Cloud SMS (`SendSms`, version 2017-05-25) with V3 signing, over the same
 * outbound rules as webhooks (no redirects, timeouts, private addresses refused unless allowed,
 * the response body truncated). The caller checks the endpoint against the county's allow-list.
 */
export function aliyunSmsSender(outbound: OutboundConfig, options: { nonce?: () => string } = {}): SmsSender {
  const nonce = options.nonce ?? (() => crypto.randomUUID().replace(/-/g, ""));
  return {
    async send(account, message, at) {
      const url = new URL(account.endpoint);
      const query: Record<string, string> = {
        PhoneNumbers: message.phone,
        SignName: account.signName,
        TemplateCode: message.templateCode,
        TemplateParam: JSON.stringify(message.params),
      };
      if (message.outId) query.OutId = message.outId;
      const { headers, queryString } = await signAcs3(
        {
          method: "POST",
          host: url.host,
          path: "/",
          query,
          headers: {
            "x-acs-action": "SendSms",
            "x-acs-version": "2017-05-25",
            "x-acs-date": acsDate(at),
            "x-acs-signature-nonce": nonce(),
          },
          body: "",
        },
        account,
      );
      const { host: _host, ...send } = headers;
      const result = await postOutbound(`${url.origin}/?${queryString}`, send, "", outbound);
      return aliyunOutcome(result);
    },
  };
}

/** A 2xx answer is a success only with `Code: OK`; otherwise the failure names Alibaba's code and message. */
export function aliyunOutcome(result: ChannelOutcome): ChannelOutcome & { permanent?: boolean } {
  let answer: { Code?: unknown; Message?: unknown } | null = null;
  try {
    answer = JSON.parse(result.responseBody ?? "");
  } catch {
    answer = null;
  }
  const code = answer && typeof answer === "object" && typeof answer.Code === "string" ? answer.Code : null;
  if (result.ok && code === "OK") return result;
  if (!code) return result.ok ? { ...result, ok: false, error: "not an SendSms answer (no Code)" } : result;
  return {
    ...result,
    ok: false,
    error:
      `${result.statusCode ? `HTTP ${result.statusCode} ` : ""}${code}: ${String(answer?.Message ?? "")}`.slice(
        0,
        300,
      ),
    permanent: PERMANENT_CODES.has(code),
  };
}
