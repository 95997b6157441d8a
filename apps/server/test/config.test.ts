import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, displayUrl, loadConfig, loadDatabaseConfig } from "../src/config.js";
import { childEnv, mainJs, runCli, spawnNode } from "./helpers.js";

function issuesOf(env: Record<string, string>) {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).issues;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("has defaults: port 3000 on 0.0.0.0, PGlite in ./.data of where the command ran", () => {
    const config = loadConfig({ INIT_CWD: "/srv/propgov" });
    expect(config).toEqual({
      port: 3000,
      host: "0.0.0.0",
      database: { kind: "pglite", dataDir: "/srv/propgov/.data" },
      adminPassword: undefined,
      allowedOrigins: [],
      logLevel: "info",
      trustProxy: false,
      migrateOnStart: true,
      demo: true,
      attachments: { kind: "folder", dir: "/srv/propgov/.data/attachments" },
      notifications: {
        secretsKey: undefined,
        allowPrivateAddresses: false,
        worker: true,
        scheduler: true,
        schedulerIntervalSeconds: 60,
      },
      plugins: [],
    });
  });

  it("reads the notification settings; production needs PROPGOV_SECRETS_KEY", () => {
    const key = Buffer.alloc(32, 7).toString("base64");
    expect(
      loadConfig({
        PROPGOV_SECRETS_KEY: key,
        PROPGOV_OUTBOUND_ALLOW_PRIVATE: "true",
        PROPGOV_DELIVERY_WORKER: "false",
        PROPGOV_SCHEDULER: "FALSE",
        PROPGOV_SCHEDULER_INTERVAL: "300",
        NODE_ENV: "production",
      }).notifications,
    ).toEqual({
      secretsKey: key,
      allowPrivateAddresses: true,
      worker: false,
      scheduler: false,
      schedulerIntervalSeconds: 300,
    });
    expect(issuesOf({ PROPGOV_SCHEDULER_INTERVAL: "1" })).toEqual([
      { variable: "PROPGOV_SCHEDULER_INTERVAL", message: "At least 5 seconds." },
    ]);
    expect(
      loadConfig({ PROPGOV_CONSOLE_URL: "https://propgov.mengcheng.gov.cn/console" }).notifications
        ?.consoleUrl,
    ).toBe("https://propgov.mengcheng.gov.cn/console");
    expect(loadConfig({}).notifications?.consoleUrl).toBeUndefined();
    expect(issuesOf({ PROPGOV_CONSOLE_URL: "javascript:alert(1)" }).map((i) => i.variable)).toEqual([
      "PROPGOV_CONSOLE_URL",
    ]);
    expect(issuesOf({ PROPGOV_SCHEDULER: "sometimes" }).map((i) => i.variable)).toEqual([
      "PROPGOV_SCHEDULER",
    ]);
    expect(issuesOf({ NODE_ENV: "production" }).map((i) => i.variable)).toEqual(["PROPGOV_SECRETS_KEY"]);
    expect(issuesOf({ PROPGOV_SECRETS_KEY: "c2hvcnQ=" }).map((i) => i.variable)).toEqual([
      "PROPGOV_SECRETS_KEY",
    ]);
  });

  it("reads SMTP (the URL needs its From address) and the public URL for links in messages", () => {
    expect(
      loadConfig({
        PROPGOV_SMTP_URL: "smtp://propgov:secret@mail.mengcheng.gov.cn:587",
        PROPGOV_SMTP_FROM: "蒙城县物业治理平台 <noreply@mengcheng.gov.cn>",
        PROPGOV_PUBLIC_URL: "https://wuye.mengcheng.gov.cn",
      }).notifications,
    ).toMatchObject({
      smtp: {
        url: "smtp://propgov:secret@mail.mengcheng.gov.cn:587",
        from: "蒙城县物业治理平台 <noreply@mengcheng.gov.cn>",
      },
      publicUrl: "https://wuye.mengcheng.gov.cn",
    });
    expect(loadConfig({}).notifications?.smtp).toBeUndefined();
    expect(issuesOf({ PROPGOV_SMTP_URL: "smtp://mail.example.cn" }).map((i) => i.variable)).toEqual([
      "PROPGOV_SMTP_FROM",
    ]);
    expect(
      issuesOf({ PROPGOV_SMTP_URL: "mail.example.cn", PROPGOV_SMTP_FROM: "a@b.cn" }).map((i) => i.variable),
    ).toEqual(["PROPGOV_SMTP_URL"]);
    expect(issuesOf({ PROPGOV_PUBLIC_URL: "wuye.example.cn" }).map((i) => i.variable)).toEqual([
      "PROPGOV_PUBLIC_URL",
    ]);
  });

  it("falls back to the current directory without INIT_CWD, and keeps absolute data dirs", () => {
    expect(loadConfig({}).database).toEqual({ kind: "pglite", dataDir: resolve(process.cwd(), ".data") });
    expect(loadConfig({ INIT_CWD: "/a", PROPGOV_DATA_DIR: "data/pg" }).database).toEqual({
      kind: "pglite",
      dataDir: "/a/data/pg",
    });
    expect(loadConfig({ INIT_CWD: "/a", PROPGOV_DATA_DIR: "/var/lib/propgov" }).database).toEqual({
      kind: "pglite",
      dataDir: "/var/lib/propgov",
    });
  });

  it("reads every variable", () => {
    const config = loadConfig({
      PORT: "8080",
      HOST: "127.0.0.1",
      DATABASE_URL: "postgres://propgov:secret@db:5432/propgov",
      PROPGOV_ADMIN_PASSWORD: "a long passphrase",
      PROPGOV_ALLOWED_ORIGINS: "https://console.mengcheng.gov.cn, http://localhost:5173/",
      PROPGOV_LOG_LEVEL: "WARN",
      PROPGOV_TRUST_PROXY: "true",
      PROPGOV_MIGRATE_ON_START: "false",
      PROPGOV_S3_ENDPOINT: "https://oss-cn-hangzhou.aliyuncs.com",
      PROPGOV_S3_BUCKET: "mengcheng-files",
      PROPGOV_S3_ACCESS_KEY_ID: "AKID",
      PROPGOV_S3_SECRET_ACCESS_KEY: "secret",
      PROPGOV_S3_PREFIX: "propgov/",
    });
    expect(config).toEqual({
      port: 8080,
      host: "127.0.0.1",
      database: { kind: "postgres", url: "postgres://propgov:secret@db:5432/propgov" },
      adminPassword: "a long passphrase",
      allowedOrigins: ["https://console.mengcheng.gov.cn", "http://localhost:5173"],
      logLevel: "warn",
      trustProxy: true,
      migrateOnStart: false,
      demo: false,
      attachments: {
        kind: "s3",
        endpoint: "https://oss-cn-hangzhou.aliyuncs.com",
        bucket: "mengcheng-files",
        region: "us-east-1",
        accessKeyId: "AKID",
        secretAccessKey: "secret",
        prefix: "propgov/",
      },
      notifications: {
        secretsKey: undefined,
        allowPrivateAddresses: false,
        worker: true,
        scheduler: true,
        schedulerIntervalSeconds: 60,
      },
      plugins: [],
    });
  });

  it("keeps attachments in a folder under the data dir unless S3 is configured, which needs its bucket and keys", () => {
    expect(loadConfig({ INIT_CWD: "/a", PROPGOV_DATA_DIR: "/var/lib/propgov" }).attachments).toEqual({
      kind: "folder",
      dir: "/var/lib/propgov/attachments",
    });
    expect(loadConfig({ INIT_CWD: "/a", PROPGOV_ATTACHMENTS_DIR: "files" }).attachments).toEqual({
      kind: "folder",
      dir: "/a/files",
    });
    expect(() =>
      loadConfig({ PROPGOV_S3_ENDPOINT: "http://127.0.0.1:9000", PROPGOV_S3_BUCKET: "b" }),
    ).toThrow(
      /PROPGOV_S3_ACCESS_KEY_ID: Required with PROPGOV_S3_ENDPOINT[\s\S]*PROPGOV_S3_SECRET_ACCESS_KEY/,
    );
    expect(() => loadConfig({ PROPGOV_S3_ENDPOINT: "ftp://x" })).toThrow(/PROPGOV_S3_ENDPOINT/);
  });

  it("seeds the Mengcheng demo by default on the embedded database only; PROPGOV_DEMO decides", () => {
    const postgres = "postgres://propgov@db/propgov";
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ DATABASE_URL: postgres }).demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: postgres, PROPGOV_DEMO: "true" }).demo).toBe(true);
    expect(loadConfig({ PROPGOV_DEMO: "FALSE" }).demo).toBe(false);
    expect(issuesOf({ PROPGOV_DEMO: "maybe" })).toEqual([
      { variable: "PROPGOV_DEMO", message: "Must be true or false." },
    ]);
  });

  it("treats empty variables as unset", () => {
    const config = loadConfig({ PORT: "", DATABASE_URL: "", PROPGOV_LOG_LEVEL: "", INIT_CWD: "/x" });
    expect(config.port).toBe(3000);
    expect(config.database).toEqual({ kind: "pglite", dataDir: "/x/.data" });
  });

  it.each([
    ["PORT", "abc"],
    ["PROPGOV_MIGRATE_ON_START", "yes"],
    ["PORT", "70000"],
    ["DATABASE_URL", "mysql://db/propgov"],
    ["DATABASE_URL", "not a url"],
    ["PROPGOV_ADMIN_PASSWORD", "short"],
    ["PROPGOV_ALLOWED_ORIGINS", "https://ok.example,console.example"],
    ["PROPGOV_ALLOWED_ORIGINS", "https://example.com/path"],
    ["PROPGOV_LOG_LEVEL", "debug"],
    ["PROPGOV_TRUST_PROXY", "yes"],
  ])("names %s when it is %j", (variable, value) => {
    const issues = issuesOf({ [variable]: value });
    expect(issues.map((i) => i.variable)).toEqual([variable]);
    expect(issues[0]?.message).toBeTruthy();
  });

  it("reports every bad variable at once, each named in the message", () => {
    try {
      loadConfig({ PORT: "-1", PROPGOV_LOG_LEVEL: "loud" });
      expect.unreachable();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT: /);
      expect(message).toMatch(/PROPGOV_LOG_LEVEL: Must be one of info, warn, error, silent/);
    }
  });

  it("never echoes a database URL (it may hold a password)", () => {
    const issues = issuesOf({ DATABASE_URL: "mysql://user:hunter2@db/x" });
    expect(JSON.stringify(issues)).not.toContain("hunter2");
  });

  it("lets the CLI ignore server-only variables", () => {
    expect(loadDatabaseConfig({ PORT: "nonsense", DATABASE_URL: "postgres://db/x" })).toEqual({
      kind: "postgres",
      url: "postgres://db/x",
    });
  });

  it("shows a wildcard address as localhost", () => {
    expect(displayUrl("0.0.0.0", 3000)).toBe("http://localhost:3000");
    expect(displayUrl("::1", 80)).toBe("http://[::1]:80");
  });
});

describe("a bad variable stops the built programs with a clear message", () => {
  it("server: exit 1 naming PORT", async () => {
    const run = spawnNode(mainJs, [], childEnv({ PORT: "http" }));
    expect((await run.exited).code).toBe(1);
    expect(run.stderr()).toContain("PORT: Must be a port number from 0 to 65535.");
    expect(run.stdout()).toBe("");
  });

  it("CLI: exit 1 naming DATABASE_URL", async () => {
    const result = await runCli(["migrate"], childEnv({ DATABASE_URL: "mysql://x/y" }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("DATABASE_URL: Must be a PostgreSQL connection URL");
  });
});
