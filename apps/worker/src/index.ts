import { AsyncLocalStorage } from "node:async_hooks";
import {
  type AppDeps,
  anyTenantAllowsOrigin,
  categoryNamesOf,
  createApp,
  deliveryWorkerFor,
  InboxFanout,
  type ResolvedDeps,
  resolveDeps,
  Scheduler,
  s3AttachmentStore,
  webPasswordHasher,
} from "@propgov/api";
import type { DbHandle } from "@propgov/db";
import { openPostgres } from "@propgov/db/postgres";
import { type Config, loadConfig } from "@propgov/server/config";
import { jsonLogger } from "@propgov/server/logger";
import {
  cachedOriginCheck,
  consoleRoutes,
  type StaticFiles,
  widgetRoutes,
} from "@propgov/server/static-files";

/** The Workers assets binding (wrangler.toml `[assets]`): a fetcher over the uploaded files. */
interface AssetsBinding {
  fetch(input: Request | string): Promise<Response>;
}

/**
 * The worker's bindings: `HYPERDRIVE` (or `DATABASE_URL` without Hyperdrive), `ASSETS`, and the
 * same `PROPGOV_*` variables and secrets the Node server reads (see apps/server/README.md).
 */
export interface Env {
  HYPERDRIVE?: { connectionString: string };
  DATABASE_URL?: string;
  ASSETS?: AssetsBinding;
  [variable: string]: unknown;
}

interface ExecutionContext {
  waitUntil(promise: Promise<unknown>): void;
}

interface ScheduledController {
  scheduledTime: number;
  cron: string;
}

/** The database the bindings name: Hyperdrive's connection string first. */
export function databaseUrl(env: Env): string {
  const url = env.HYPERDRIVE?.connectionString ?? env.DATABASE_URL;
  if (!url) {
    throw new Error("no database: bind Hyperdrive as HYPERDRIVE (wrangler.toml) or set DATABASE_URL");
  }
  return url;
}

/**
 * The server's own configuration, read from the bindings by the Node server's `loadConfig`: the
 * string variables, with the database from Hyperdrive. What the edge has no use for (port, host,
 * data folder, plugins) is read and ignored.
 */
export function configOf(env: Env): Config {
  const variables: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (typeof value === "string") variables[name] = value;
  }
  // No working directory on the edge: relative paths (unused here) resolve against "/".
  return loadConfig({ ...variables, DATABASE_URL: databaseUrl(env), INIT_CWD: "/" });
}

const logSink = { write: (line: string) => console.log(line.trimEnd()) };

/**
 * What `createApp` gets on the edge, besides the database: portable scrypt (no native crypto
 * thread pool here), S3-compatible attachments when configured (no local folder), outbound calls
 * over the runtime's fetch. No SMTP: workerd has no Node sockets for nodemailer.
 */
export function edgeDeps(config: Config): Omit<AppDeps, "db"> {
  const notifications = config.notifications;
  const { attachments } = config;
  return {
    passwordHasher: webPasswordHasher(),
    logger: jsonLogger(config.logLevel, logSink),
    // Cloudflare sets the client's address; nothing else in front of the worker can.
    clientAddress: (c) => c.req.header("cf-connecting-ip") ?? undefined,
    allowedOrigins: config.allowedOrigins,
    trustProxy: config.trustProxy,
    ...(attachments.kind === "s3"
      ? (() => {
          const { kind: _kind, ...options } = attachments;
          return { attachments: { store: s3AttachmentStore(options) } };
        })()
      : {}),
    notifications: {
      secretsKey: notifications?.secretsKey,
      outbound: { allowPrivateAddresses: notifications?.allowPrivateAddresses ?? false },
      ...(notifications?.publicUrl ? { publicUrl: notifications.publicUrl } : {}),
    },
  };
}

/** A postgres.js pool for one request or one cron pass (workerd forbids sharing sockets across requests). */
export function openDatabase(env: Env): DbHandle {
  // Hyperdrive pools the server connections; a handful per invocation is plenty.
  return openPostgres(databaseUrl(env), { max: 4, connectTimeout: 10 });
}

const requestDb = new AsyncLocalStorage<DbHandle>();

function currentDb(): DbHandle {
  const handle = requestDb.getStore();
  if (!handle) throw new Error("no database outside a request");
  return handle;
}

/**
 * The app's database: whichever pool the request in progress opened. The app is built once per
 * isolate (routes, schemas, policy registry), its connections once per request.
 */
const perRequestDb: DbHandle = {
  get db() {
    return currentDb().db;
  },
  driver: "postgres",
  ping: () => currentDb().ping(),
  close: async () => {},
};

/** Assets below `prefix` of the ASSETS binding, as the shared console and widget routes read them. */
function assetFiles(assets: AssetsBinding | undefined, prefix: string): StaticFiles {
  return async (relative) => {
    if (!assets) return null;
    const url = new URL(
      `${prefix}/${relative.split("/").map(encodeURIComponent).join("/")}`,
      "https://assets.local",
    );
    // The assets binding would answer a folder with its index.html, or redirect: only files count.
    if (relative.endsWith("/")) return null;
    const res = await assets.fetch(new Request(url, { method: "GET" }));
    if (res.status !== 200) {
      await res.body?.cancel();
      return null;
    }
    return { read: async () => res.body ?? new Uint8Array() };
  };
}

type Fetch = (request: Request, env: Env, ctx: ExecutionContext) => Promise<Response>;

interface Isolate {
  fetch: Fetch;
  deps: ResolvedDeps;
}

let isolate: { env: Env; built: Isolate } | undefined;

function build(env: Env): Isolate {
  const config = configOf(env);
  const appDeps: AppDeps = { db: perRequestDb, ...edgeDeps(config) };
  const app = createApp(appDeps);
  const deps = resolveDeps(appDeps);
  const origins = cachedOriginCheck(
    async (origin) => config.allowedOrigins.includes(origin) || (await anyTenantAllowsOrigin(deps, origin)),
  );
  const api: Fetch = async (request, env, ctx) => app.fetch(request, env, ctx as never);
  const withConsole = consoleRoutes(api, assetFiles(env.ASSETS, "/console"));
  return { fetch: widgetRoutes(withConsole, assetFiles(env.ASSETS, "/widgets"), origins), deps };
}

function current(env: Env): Isolate {
  if (isolate?.env !== env) isolate = { env, built: build(env) };
  return isolate.built;
}

/**
 * One scheduler pass and one delivery pass, as the Node server runs them on its timers: due
 * reminders and escalations, the monthly evaluation when due, the in-app notifications, then the
 * outbox's webhooks. The clock starts at the trigger's scheduled time. No advisory lock: Hyperdrive
 * pools connections per transaction, so session locks do not hold; a cron trigger runs once per
 * schedule, and every step is idempotent should two passes overlap.
 */
export async function runScheduledPass(env: Env, scheduledTime: number) {
  const config = configOf(env);
  const handle = openDatabase(env);
  const { tryLock: _sessionLocksDoNotHoldBehindHyperdrive, ...unlocked } = handle;
  const offset = Date.now() - scheduledTime;
  const deps = resolveDeps({
    db: unlocked,
    ...edgeDeps(config),
    now: () => new Date(Date.now() - offset),
  });
  const onError = (error: unknown, requestId: string) => deps.logger.error?.(error, { requestId });
  try {
    const scheduler = new Scheduler({
      deps,
      onError: (error, at) => onError(error, `scheduler:${at.tenant ?? "-"}`),
    });
    const pass = await scheduler.runOnce();
    await scheduler.stop();
    const fanout = new InboxFanout({
      db: deps.db.db,
      now: deps.now,
      categoryNames: categoryNamesOf(deps),
      channels: { email: false, sms: true },
      onError: (error) => onError(error, "inbox-fanout"),
    });
    const notified = await fanout.runOnce();
    const notifications = config.notifications;
    const delivered = await deliveryWorkerFor(deps, {
      consoleUrl:
        notifications?.consoleUrl ??
        (notifications?.publicUrl ? `${notifications.publicUrl}/console` : undefined),
    }).runOnce();
    return { scheduler: pass, notified, delivered };
  } finally {
    await handle.close();
  }
}

export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const { fetch } = current(env);
    const handle = openDatabase(env);
    try {
      return await requestDb.run(handle, () => fetch(request, env, ctx));
    } finally {
      // Queries still running (none once the response is built) finish before the pool closes.
      ctx.waitUntil(handle.close());
    }
  },

  async scheduled(controller: ScheduledController, env: Env, _ctx: ExecutionContext): Promise<void> {
    // Awaited, not left to waitUntil: a pass that throws marks the cron invocation failed.
    const { scheduler, notified, delivered } = await runScheduledPass(env, controller.scheduledTime);
    logSink.write(
      JSON.stringify({
        level: "info",
        msg: "scheduled pass",
        cron: controller.cron,
        counties: Object.keys(scheduler?.counties ?? {}).length,
        notified,
        delivered,
      }),
    );
  },
};
