import type { Transporter } from "nodemailer";
import type { EmailSender } from "../services/notifications/email.js";

export interface SmtpConfig {
  /** e.g. `smtp://user:pass@smtp.example.cn:587` or `smtps://…:465` (nodemailer's connection URL). */
  url: string;
  /** The From header, e.g. `蒙城县物业治理平台 <noreply@mengcheng.gov.cn>`. */
  from: string;
  /** Per-attempt timeout in ms; default 15 s. */
  timeoutMs?: number;
  /** Accept a self-signed certificate (intranet relays, tests); default false. */
  allowSelfSigned?: boolean;
}

/** An email sender over SMTP with nodemailer (one transport per sender, a connection per message). */
export function smtpEmailSender(config: SmtpConfig): EmailSender {
  const timeout = config.timeoutMs ?? 15_000;
  // nodemailer loads with the first message, not when the server starts.
  let transport: Promise<Transporter> | undefined;
  const transporter = () => {
    transport ??= import("nodemailer").then(({ default: nodemailer }) =>
      nodemailer.createTransport(config.url, {
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
        ...(config.allowSelfSigned ? { tls: { rejectUnauthorized: false } } : {}),
      } as never),
    );
    return transport;
  };
  return {
    async send(message) {
      const started = Date.now();
      try {
        const info = await (await transporter()).sendMail({
          from: config.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
        });
        const rejected = (info.rejected ?? []).length > 0;
        return {
          ok: !rejected,
          statusCode: null,
          durationMs: Date.now() - started,
          error: rejected ? `rejected: ${String(info.response ?? "")}`.slice(0, 500) : null,
          responseBody: String(info.response ?? "").slice(0, 1000) || null,
        };
      } catch (error) {
        const e = error as { message?: string; responseCode?: number };
        return {
          ok: false,
          statusCode: typeof e.responseCode === "number" ? e.responseCode : null,
          durationMs: Date.now() - started,
          error: `smtp: ${e.message ?? String(error)}`.slice(0, 500),
          responseBody: null,
        };
      }
    },
  };
}
