import type { ChannelOutcome } from "./email.js";

/**
 * Text messages behind an adapter: the delivery worker asks an `SmsSender` to send one templated
 * message from a county's account; which provider answers is the sender's business. The one real
 * implementation is Alibaba Cloud SMS (阿里云短信服务, dysmsapi `SendSms`), in aliyun-sms.ts.
 */

/** A county's account with its provider (from `sms_settings`, the secret opened). */
export interface SmsAccount {
  provider: "aliyun";
  /** The API's address, e.g. `https://dysmsapi.aliyuncs.com`. */
  endpoint: string;
  accessKeyId: string;
  accessKeySecret: string;
  /** The approved signature (短信签名), e.g. `蒙城县物业治理`. */
  signName: string;
}

/** One message to one mainland mobile number, from an approved template and its parameters. */
export interface SmsMessage {
  phone: string;
  templateCode: string;
  params: Record<string, string>;
  /** Our reference, echoed in the provider's receipts (`OutId`). */
  outId?: string | undefined;
}

export interface SmsSender {
  send(account: SmsAccount, message: SmsMessage, at: Date): Promise<ChannelOutcome>;
}
