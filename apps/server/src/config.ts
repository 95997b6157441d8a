import { isAbsolute, join, resolve } from "node:path";
import { passwordSchema } from "@propgov/core";
import { parseShards } from "@propgov/db";
import { z } from "zod";

export const LOG_LEVELS = ["info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type DatabaseConfig =
  | {
      kind: "postgres";
      url: string;
      /** More databases for counties (`PROPGOV_SHARDS`); DATABASE_URL is the directory and shard `default`. */
      shards?: { name: string; url: string }[];
    }
  | { kind: "pglite"; dataDir: string };

/** Where attachments live: a folder (default `<data dir>/attachments`), or S3-compatible object storage. */
export type AttachmentConfig =
  | { kind: "folder"; dir: string }
  | {
      kind: "s3";
      endpoint: string;
      bucket: string;
      region: string;
      accessKeyId: string;
      secretAccessKey: string;
      prefix: string;
    };

/** Everything the server and the CLI read from the environment, validated once. */
export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** Password of the bootstrap accounts; a random one is generated (and printed once) when unset. */
  adminPassword: string | undefined;
  /** Origins besides the API's own that may send cookie-authenticated unsafe requests. */
  allowedOrigins: string[];
  logLevel: LogLevel;
  /** Take the client address from the first hop of X-Forwarded-For (only behind a proxy you run). */
  trustProxy: boolean;
  /**
   * Apply pending migrations on start (default). Turn off when the server logs in as a runtime
   * role that may not change the schema: migrate with `propgov migrate` as the owner instead.
   */
  migrateOnStart: boolean;
  /**
   * Seed an empty installation with the Mengcheng demo tenant and its sample data. Default: on
   * with the embedded database (`pnpm start` shows the demo), off with DATABASE_URL (a county's
   * own PostgreSQL gets only the platform admin).
   */
  demo: boolean;
  attachments: AttachmentConfig;
  /** Outbound channels; absent (a Config built by hand, e.g. in a test harness): the defaults. */
  notifications?: NotificationConfig;
  /**
   * Modules with a county's own policies (PROPGOV_PLUGINS): package names, or files as absolute
   * paths. Every policy a module exports is registered beside the built-ins.
   */
  plugins?: string[];
}

/** Webhooks and other outbound channels. */
export interface NotificationConfig {
  /** AES-256-GCM key for channel secrets at rest (base64 of 32 bytes); unset only outside production. */
  secretsKey: string | undefined;
  /** Outbound calls may reach private and loopback addresses (an on-premise install). */
  allowPrivateAddresses: boolean;
  /** Run the delivery worker in this process (default); turn off where a separate process delivers. */
  worker: boolean;
  /**
   * Take part in the scheduler (reminders, escalation, the monthly evaluation; default): every
   * process that does competes for its advisory lock and one leads. Its pass interval in seconds.
   */
  scheduler: boolean;
  schedulerIntervalSeconds: number;
  /** The console's public address (`https://…/console`), linked from robots' messages; unset: no link. */
  consoleUrl?: string | undefined;
  /** Users' email over SMTP (PROPGOV_SMTP_URL, PROPGOV_SMTP_FROM); absent: nobody is emailed. */
  smtp?: { url: string; from: string } | undefined;
  /** The address people reach this server at (PROPGOV_PUBLIC_URL), for links in messages. */
  publicUrl?: string | undefined;
}

/** One environment variable with a bad value. */
export interface ConfigIssue {
  variable: string;
  message: string;
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(readonly issues: ConfigIssue[]) {
    super(
      `Invalid configuration:\n${issues.map((i) => `  ${i.variable}: ${i.message}`).join("\n")}\nFix the environment variable${issues.length > 1 ? "s" : ""} above and start again.`,
    );
  }
}

const origin = z.string().transform((value, ctx) => {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    // reported below
  }
  if (
    !url ||
    (url.protocol !== "http:" && url.protocol !== "https:") ||
    url.origin !== value.replace(/\/$/, "")
  ) {
    ctx.addIssue({
      code: "custom",
      message: `'${value}' is not an origin such as https://console.example.gov.cn (scheme, host and port only).`,
    });
    return z.NEVER;
  }
  return url.origin;
});

/** A true/false variable, in any case and with spaces around it. */
const flag = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(["true", "false"], { error: "Must be true or false." }))
    .transform((v) => v === "true");

const schema = z.object({
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, "Must be a port number from 0 to 65535.")
    .transform(Number)
    .refine((n) => n <= 65_535, "Must be a port number from 0 to 65535.")
    .default(3000),
  HOST: z.string().trim().min(1).default("0.0.0.0"),
  DATABASE_URL: z
    .string()
    .refine((value) => {
      try {
        return ["postgres:", "postgresql:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, "Must be a PostgreSQL connection URL such as postgres://user:password@host:5432/propgov.")
    .optional(),
  PROPGOV_DATA_DIR: z.string().optional(),
  PROPGOV_SHARDS: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        parseShards(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  PROPGOV_ADMIN_PASSWORD: passwordSchema.optional(),
  PROPGOV_ALLOWED_ORIGINS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(origin))
    .default([]),
  PROPGOV_LOG_LEVEL: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(LOG_LEVELS, { error: `Must be one of ${LOG_LEVELS.join(", ")}.` }))
    .default("info"),
  PROPGOV_TRUST_PROXY: flag().default(false),
  PROPGOV_MIGRATE_ON_START: flag().default(true),
  PROPGOV_ATTACHMENTS_DIR: z.string().optional(),
  PROPGOV_S3_ENDPOINT: z
    .string()
    .refine((value) => {
      try {
        return ["http:", "https:"].includes(new URL(value).protocol);
      } catch {
        return false;
      }
    }, "Must be the object storage's base URL, such as https://oss-cn-hangzhou.aliyuncs.com.")
    .optional(),
  PROPGOV_S3_BUCKET: z.string().trim().min(1).optional(),
  PROPGOV_S3_REGION: z.string().trim().min(1).default("us-east-1"),
  PROPGOV_S3_ACCESS_KEY_ID: z.string().trim().min(1).optional(),
  PROPGOV_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  PROPGOV_S3_PREFIX: z
    .string()
    .regex(/^([A-Za-z0-9_-]+\/)*$/, "Must be empty or end with '/', such as propgov/.")
    .default(""),
  PROPGOV_SECRETS_KEY: z
    .string()
    .trim()
    .refine((value) => {
      try {
        return Buffer.from(value, "base64").length === 32 && /^[A-Za-z0-9+/]+=*$/.test(value);
      } catch {
        return false;
      }
    }, "Must be 32 random bytes in base64 (openssl rand -base64 32).")
    .optional(),
  PROPGOV_OUTBOUND_ALLOW_PRIVATE: flag().default(false),
  PROPGOV_CONSOLE_URL: z
    .string()
    .trim()
    .url("An absolute URL, e.g. https://propgov.example.gov.cn/console.")
    .refine((u) => /^https?:\/\//i.test(u), "An http or https URL.")
    .optional(),
  PROPGOV_DELIVERY_WORKER: flag().default(true),
  PROPGOV_PLUGINS: z
    .string()
    .trim()
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter((s) => s !== ""),
    )
    .pipe(
      z
        .array(
          z
            .string()
            .max(500)
            .regex(/^[^\s]+$/, "Module names and paths, separated by commas, without spaces."),
        )
        .max(50),
    )
    .default([]),
  PROPGOV_SCHEDULER: flag().default(true),
  PROPGOV_SCHEDULER_INTERVAL: z.coerce
    .number({ error: "A number of seconds." })
    .int("A whole number of seconds.")
    .min(5, "At least 5 seconds.")
    .max(3600, "At most an hour.")
    .default(60),
  PROPGOV_SMTP_URL: z
    .string()
    .trim()
    .refine(
      (v) => /^smtps?:\/\/[^\s/]+/.test(v),
      "Must be an smtp:// or smtps:// URL, such as smtp://user:pass@mail.example.cn:587.",
    )
    .optional(),
  PROPGOV_SMTP_FROM: z.string().trim().min(3).max(320).optional(),
  PROPGOV_PUBLIC_URL: z
    .string()
    .trim()
    .refine(
      (v) => /^https?:\/\/[^\s/]+/.test(v),
      "Must be an http:// or https:// URL, such as https://wuye.mengcheng.gov.cn.",
    )
    .optional(),
  PROPGOV_DEMO: flag().optional(),
});

type Env = Record<string, string | undefined>;

/**
 * The folder relative paths are read against: where the user ran the command. `pnpm start`
 * and `pnpm propgov` run in apps/server, but pnpm passes the caller's folder as INIT_CWD.
 */
export function baseDirectory(env: Env = process.env): string {
  return env.INIT_CWD || process.cwd();
}

function parse(env: Env) {
  // An empty variable (`FOO=` in a compose file) counts as unset.
  const present = Object.fromEntries(
    Object.keys(schema.shape).flatMap((key) => {
      const value = env[key];
      return value === undefined || value === "" ? [] : [[key, value]];
    }),
  );
  const result = schema.safeParse(present);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      variable: String(issue.path[0] ?? "environment"),
      message:
        issue.path[0] === "PROPGOV_ADMIN_PASSWORD"
          ? `${issue.message.replace(/\.$/, "")} (the password of the bootstrap accounts).`
          : issue.message,
    }));
    throw new ConfigError(issues);
  }
  return result.data;
}

function database(data: ReturnType<typeof parse>, env: Env): DatabaseConfig {
  if (data.DATABASE_URL) {
    const shards = parseShards(data.PROPGOV_SHARDS);
    return { kind: "postgres", url: data.DATABASE_URL, ...(shards.length > 0 ? { shards } : {}) };
  }
  const dir = data.PROPGOV_DATA_DIR ?? "./.data";
  return { kind: "pglite", dataDir: isAbsolute(dir) ? dir : resolve(baseDirectory(env), dir) };
}

function attachments(data: ReturnType<typeof parse>, env: Env): AttachmentConfig {
  if (data.PROPGOV_S3_ENDPOINT) {
    const missing = (
      ["PROPGOV_S3_BUCKET", "PROPGOV_S3_ACCESS_KEY_ID", "PROPGOV_S3_SECRET_ACCESS_KEY"] as const
    ).filter((name) => !data[name]);
    if (missing.length > 0) {
      throw new ConfigError(
        missing.map((variable) => ({ variable, message: "Required with PROPGOV_S3_ENDPOINT." })),
      );
    }
    return {
      kind: "s3",
      endpoint: data.PROPGOV_S3_ENDPOINT,
      bucket: data.PROPGOV_S3_BUCKET as string,
      region: data.PROPGOV_S3_REGION,
      accessKeyId: data.PROPGOV_S3_ACCESS_KEY_ID as string,
      secretAccessKey: data.PROPGOV_S3_SECRET_ACCESS_KEY as string,
      prefix: data.PROPGOV_S3_PREFIX,
    };
  }
  const dir = data.PROPGOV_ATTACHMENTS_DIR ?? join(data.PROPGOV_DATA_DIR ?? "./.data", "attachments");
  return { kind: "folder", dir: isAbsolute(dir) ? dir : resolve(baseDirectory(env), dir) };
}

/** Reads the server's configuration; throws {@link ConfigError} naming every bad variable. */
export function loadConfig(env: Env = process.env): Config {
  const data = parse(env);
  return {
    port: data.PORT,
    host: data.HOST,
    database: database(data, env),
    adminPassword: data.PROPGOV_ADMIN_PASSWORD,
    allowedOrigins: data.PROPGOV_ALLOWED_ORIGINS,
    logLevel: data.PROPGOV_LOG_LEVEL,
    trustProxy: data.PROPGOV_TRUST_PROXY,
    migrateOnStart: data.PROPGOV_MIGRATE_ON_START,
    demo: data.PROPGOV_DEMO ?? !data.DATABASE_URL,
    attachments: attachments(data, env),
    notifications: notifications(data, env),
    plugins: data.PROPGOV_PLUGINS.map((spec) =>
      spec.startsWith(".") || isAbsolute(spec) ? resolve(baseDirectory(env), spec) : spec,
    ),
  };
}

function notifications(data: ReturnType<typeof parse>, env: Env): NotificationConfig {
  if (!data.PROPGOV_SECRETS_KEY && env.NODE_ENV === "production") {
    throw new ConfigError([
      {
        variable: "PROPGOV_SECRETS_KEY",
        message:
          "Required when NODE_ENV=production: the key that encrypts webhook secrets at rest (openssl rand -base64 32).",
      },
    ]);
  }
  if (data.PROPGOV_SMTP_URL && !data.PROPGOV_SMTP_FROM) {
    throw new ConfigError([
      {
        variable: "PROPGOV_SMTP_FROM",
        message: "Required with PROPGOV_SMTP_URL: the From address of email.",
      },
    ]);
  }
  return {
    secretsKey: data.PROPGOV_SECRETS_KEY,
    allowPrivateAddresses: data.PROPGOV_OUTBOUND_ALLOW_PRIVATE,
    worker: data.PROPGOV_DELIVERY_WORKER,
    scheduler: data.PROPGOV_SCHEDULER,
    schedulerIntervalSeconds: data.PROPGOV_SCHEDULER_INTERVAL,
    ...(data.PROPGOV_CONSOLE_URL ? { consoleUrl: data.PROPGOV_CONSOLE_URL } : {}),
    ...(data.PROPGOV_SMTP_URL && data.PROPGOV_SMTP_FROM
      ? { smtp: { url: data.PROPGOV_SMTP_URL, from: data.PROPGOV_SMTP_FROM } }
      : {}),
    ...(data.PROPGOV_PUBLIC_URL ? { publicUrl: data.PROPGOV_PUBLIC_URL } : {}),
  };
}

/** What the CLI needs: the database only, so a server-only variable cannot break it. */
export function loadDatabaseConfig(env: Env = process.env): DatabaseConfig {
  const only: Env = {
    DATABASE_URL: env.DATABASE_URL,
    PROPGOV_DATA_DIR: env.PROPGOV_DATA_DIR,
    PROPGOV_SHARDS: env.PROPGOV_SHARDS,
    INIT_CWD: env.INIT_CWD,
  };
  return database(parse(only), only);
}

/** A URL for humans: a wildcard listen address is shown as localhost. */
export function displayUrl(host: string, port: number): string {
  const shown = host === "0.0.0.0" || host === "::" || host === "" ? "localhost" : host;
  return `http://${shown.includes(":") ? `[${shown}]` : shown}:${port}`;
}
