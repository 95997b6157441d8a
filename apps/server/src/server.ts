import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { getConnInfo } from "@hono/node-server/conninfo";
import {
  type AppDeps,
  type AttachmentStore,
  anyTenantAllowsOrigin,
  categoryNamesOf,
  createApp,
  deliveryWorkerFor,
  InboxFanout,
  resolveDeps,
  Scheduler,
  s3AttachmentStore,
} from "@propgov/api";
import { fsAttachmentStore, nodeResolveHost, sharpImageProcessor, smtpEmailSender } from "@propgov/api/node";
import type { DbHandle } from "@propgov/db";
import { migrate } from "@propgov/db/migrate";
import { bootstrap, passwordBox } from "./bootstrap.js";
import { type AttachmentConfig, type Config, displayUrl } from "./config.js";

import { consoleDistDir, withConsole } from "./console.js";
import { type OpenedDatabase, type OpenedShards, openDatabase, openShards } from "./database.js";
import { localDocsScript, scalarScriptPath } from "./docs.js";
import { nodeScryptHasher } from "./hasher.js";
import { jsonLogger, type LogSink } from "./logger.js";
import { loadPlugins } from "./plugins.js";
import { cachedOriginCheck, widgetsDistDir, withWidgets } from "./widgets.js";

/** The attachment store the configuration names. */
function attachmentStore(config: AttachmentConfig): AttachmentStore {
  if (config.kind === "folder") return fsAttachmentStore(config.dir);
  const { kind: _kind, ...options } = config;
  return s3AttachmentStore(options);
}

export interface ServerIo {
  /** JSON log lines (requests, unexpected errors). */
  out: LogSink;
  /** Messages for the operator (start, URLs, the one-time password, shutdown). */
  err: LogSink;
}

export interface RunningServer {
  /** The base URL for humans, e.g. http://localhost:3000. */
  url: string;
  port: number;
  /**
   * Stops accepting connections, lets requests in flight finish (at most `graceMs`, then cuts
   * the connections), then closes the database. Calling it again returns the same promise.
   */
  shutdown(graceMs?: number): Promise<void>;
  /** Cuts every open connection now (a second Ctrl-C). */
  forceClose(): void;
}

export const DEFAULT_GRACE_MS = 10_000;

/**
 * The delivery worker, the inbox fan-out and the scheduler take their first pass this long after
 * the server listens: the first requests (a readiness probe, the console) do not queue behind them
 * on the embedded database's one connection.
 */
export const BACKGROUND_DELAY_MS = 1_000;

/** X-Forwarded-For's first hop when the proxy is trusted, else the socket's peer. */
export function clientAddressFrom(trustProxy: boolean): NonNullable<AppDeps["clientAddress"]> {
  return (c) => {
    if (trustProxy) {
      const first = c.req.header("x-forwarded-for")?.split(",")[0]?.trim();
      if (first) return first;
    }
    try {
      return getConnInfo(c).remote.address;
    } catch {
      return undefined; // not served by @hono/node-server (e.g. app.request in tests)
    }
  };
}

function listen(fetch: ReturnType<typeof createApp>["fetch"], config: Config): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port: config.port, hostname: config.host }) as Server;
    const onError = (error: Error) => reject(error);
    server.once("error", onError);
    server.once("listening", () => {
      server.off("error", onError);
      resolve(server);
    });
  });
}

/**
 * Opens and migrates the database, bootstraps an empty one, and serves the API. `opening` is the
 * database `openDatabase` is opening already (main.ts starts it before this module loads).
 */
export async function startServer(
  config: Config,
  io: ServerIo = { out: process.stdout, err: process.stderr },
  opening?: Promise<OpenedDatabase>,
): Promise<RunningServer> {
  const say = (line: string) => {
    if (config.logLevel === "info") io.err.write(`propgov: ${line}\n`);
  };

  const { handle, description } = await (opening ?? openDatabase(config.database, "server"));
  let shards: OpenedShards | undefined;
  try {
    say(`database: ${description}`);
    shards = await openShards(config.database, handle);
    if (!shards.router.single) say(`shards: ${shards.router.names().join(", ")}`);
    if (config.migrateOnStart) {
      const { applied } = await migrate(handle);
      say(
        applied.length > 0
          ? `migrations applied: ${applied.join(", ")}`
          : "migrations: the schema is up to date",
      );
      for (const [name, shard] of Object.entries(shards.extra)) {
        const done = await migrate(shard);
        if (done.applied.length > 0) say(`shard ${name}: migrations applied: ${done.applied.join(", ")}`);
      }
    } else {
      say(
        "migrations: skipped on start (PROPGOV_MIGRATE_ON_START=false); run `propgov migrate` as the owner",
      );
    }

    const script = scalarScriptPath();
    if (!script) say("API reference disabled: @scalar/api-reference is not installed");
    const notifications = config.notifications ?? {
      secretsKey: undefined,
      allowPrivateAddresses: false,
      worker: true,
      scheduler: true,
      schedulerIntervalSeconds: 60,
    };
    const policies = await loadPlugins(config.plugins ?? []);
    if (policies.length > 0) say(`plugins: ${policies.map((p) => p.id).join(", ")}`);
    const appDeps: AppDeps = {
      db: handle,
      shards: shards.router,
      policies,
      passwordHasher: nodeScryptHasher(),
      logger: jsonLogger(config.logLevel, io.out),
      clientAddress: clientAddressFrom(config.trustProxy),
      allowedOrigins: config.allowedOrigins,
      trustProxy: config.trustProxy,
      ...(script ? { docsScript: localDocsScript(script) } : {}),
      attachments: { store: attachmentStore(config.attachments), images: sharpImageProcessor() },
      notifications: {
        secretsKey: notifications.secretsKey,
        outbound: {
          allowPrivateAddresses: notifications.allowPrivateAddresses,
          resolveHost: nodeResolveHost,
        },
        ...(notifications.smtp ? { email: smtpEmailSender(notifications.smtp) } : {}),
        ...(notifications.publicUrl ? { publicUrl: notifications.publicUrl } : {}),
      },
    };
    say(
      notifications.smtp
        ? `email: over SMTP from ${notifications.smtp.from}`
        : "email: off (PROPGOV_SMTP_URL and PROPGOV_SMTP_FROM turn it on)",
    );
    if (!notifications.secretsKey) {
      say(
        "secrets: PROPGOV_SECRETS_KEY is not set: webhook secrets use the development key (not for production)",
      );
    }
    say(
      config.attachments.kind === "s3"
        ? `attachments: S3 bucket ${config.attachments.bucket} at ${config.attachments.endpoint}`
        : `attachments: folder ${config.attachments.dir}`,
    );

    const seeded = await bootstrap(resolveDeps(appDeps), config.adminPassword, { demo: config.demo });
    if (seeded.created) {
      say(
        seeded.tenant
          ? `bootstrap: created platform admin 'root', tenant '${seeded.tenant.slug}' and its county admin 'admin'`
          : "bootstrap: created platform admin 'root' (no demo tenant: PROPGOV_DEMO=false); create your county with `propgov tenant create`",
      );
      if (seeded.demo) {
        const d = seeded.demo;
        say(
          `bootstrap: loaded the Mengcheng demo registry (sample data): ${d.regions} regions, ${d.departments} departments, ${d.compounds} compounds, ${d.companies} companies, ${d.contracts} contracts, ${d.committees} committees, ${d.partyOrgs} party organisations, ${d.bodies} bodies, ${d.staff} staff, ${d.venues} venues, ${d.cases} cases`,
        );
      }
      // Shown whatever the log level: it is the only way to learn the password.
      if (seeded.generatedPassword) io.err.write(`\n${passwordBox(seeded)}\n\n`);
    }

    const app = createApp(appDeps);
    const consoleDir = consoleDistDir();
    if (!consoleDir)
      say("console disabled: @propgov/console is not built (pnpm --filter @propgov/console build)");
    const widgetsDir = widgetsDistDir();
    if (!widgetsDir)
      say("widgets disabled: @propgov/widgets is not built (pnpm --filter @propgov/widgets build)");
    const resolved = resolveDeps(appDeps);
    // Delivers the outbox (webhooks) from this process unless turned off (PROPGOV_DELIVERY_WORKER=false),
    // and fans it out into users' in-app notifications: one of each per shard, over its own counties
    // (a shard's `tenants` holds its counties' rows).
    const databases = resolved.shards.names().map((name) => resolved.shards.shard(name) as DbHandle);
    const workers = notifications.worker
      ? databases.map((db) =>
          deliveryWorkerFor(
            { ...resolved, db },
            {
              consoleUrl:
                notifications.consoleUrl ??
                (notifications.publicUrl ? `${notifications.publicUrl}/console` : undefined),
            },
          ),
        )
      : [];
    const inboxes = notifications.worker
      ? databases.map(
          (db) =>
            new InboxFanout({
              db: db.db,
              now: resolved.now,
              categoryNames: categoryNamesOf(resolved),
              channels: { email: resolved.notifications.email !== null, sms: true },
              onError: (error) => resolved.logger.error?.(error, { requestId: "inbox-fanout" }),
            }),
        )
      : [];
    const origins = cachedOriginCheck(
      async (origin) =>
        config.allowedOrigins.includes(origin) || (await anyTenantAllowsOrigin(resolved, origin)),
    );
    const withUi = consoleDir ? withConsole(app.fetch, consoleDir) : app.fetch;
    const server = await listen(widgetsDir ? withWidgets(withUi, widgetsDir, origins) : withUi, config);
    if (workers.length > 0)
      say("delivery worker: running in this process (PROPGOV_DELIVERY_WORKER=false turns it off)");
    // Reminders, escalation and the monthly evaluation: one process leads (PROPGOV_SCHEDULER=false: none here).
    const scheduler = notifications.scheduler
      ? new Scheduler({
          deps: resolved,
          onError: (error, at) =>
            resolved.logger.error?.(error, { requestId: `scheduler:${at.tenant ?? "-"}` }),
        })
      : undefined;
    const background = setTimeout(() => {
      for (const w of workers) w.start();
      for (const i of inboxes) i.start();
      scheduler?.start(notifications.schedulerIntervalSeconds * 1000);
    }, BACKGROUND_DELAY_MS);
    if (scheduler)
      say(
        `scheduler: every ${notifications.schedulerIntervalSeconds} s; the process holding its lock leads (PROPGOV_SCHEDULER=false turns it off)`,
      );
    const port = (server.address() as AddressInfo).port;
    const url = displayUrl(config.host, port);
    say(`listening on ${config.host}:${port}`);
    say(`  API:      ${url}/v1`);
    if (consoleDir) say(`  console:  ${url}/console/`);
    if (widgetsDir) say(`  widgets:  ${url}/widgets/propgov-widgets.js`);
    say(`  docs:     ${url}/docs`);
    say(`  OpenAPI:  ${url}/openapi.json`);

    let stopping: Promise<void> | undefined;
    const forceClose = () => server.closeAllConnections();
    const shutdown = (graceMs = DEFAULT_GRACE_MS) => {
      stopping ??= (async () => {
        say("shutting down: no new connections, finishing requests in flight");
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Keep-alive connections turn idle once their response is out: close them as they do.
        const sweep = setInterval(() => server.closeIdleConnections(), 100);
        const deadline = setTimeout(() => {
          say(`requests still running after ${graceMs} ms: closing their connections`);
          forceClose();
        }, graceMs);
        server.closeIdleConnections();
        clearTimeout(background);
        await closed;
        clearInterval(sweep);
        clearTimeout(deadline);
        // The pass in flight finishes (or its leases expire for another process to take over).
        await Promise.all([
          ...workers.map((w) => w.stop()),
          ...inboxes.map((i) => i.stop()),
          scheduler?.stop(),
        ]);
        await shards?.close();
        await handle.close();
        say("stopped; database closed");
      })();
      return stopping;
    };
    return { url, port, shutdown, forceClose };
  } catch (error) {
    await shards?.close();
    await handle.close().catch(() => {});
    throw error;
  }
}
