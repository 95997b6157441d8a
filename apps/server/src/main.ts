import { loadConfig } from "./config.js";
import { openDatabase } from "./database.js";
import type { RunningServer } from "./server.js";

// The error text needs @propgov/api: load it only to report a failure, not before the database opens.
async function fail(error: unknown): Promise<never> {
  const { describeError } = await import("./errors.js").catch(() => ({
    describeError: (e: unknown) => (e instanceof Error ? e.message : String(e)),
  }));
  process.stderr.write(`propgov: ${describeError(error)}\n`);
  process.exit(1);
}

async function main() {
  const config = loadConfig();

  // Listen for signals from the start: one that lands while the database opens or migrates
  // waits for that to finish, then shuts down cleanly instead of cutting PGlite off mid-write.
  let server: RunningServer | undefined;
  let signalled = false;
  const stop = (running: RunningServer) =>
    running.shutdown().then(
      () => process.exit(0),
      (error: unknown) => fail(error),
    );
  const onSignal = (signal: NodeJS.Signals) => {
    if (signalled) {
      process.stderr.write(`propgov: ${signal} again: closing open connections now\n`);
      server?.forceClose();
      return;
    }
    signalled = true;
    process.stderr.write(`propgov: ${signal} received\n`);
    if (server) void stop(server);
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  // The database opens (PGlite compiles its WebAssembly, reads the folder) while the API's modules load.
  const opening = openDatabase(config.database, "server");
  opening.catch(() => {}); // handled by startServer, which awaits it
  const { startServer } = await import("./server.js");
  server = await startServer(config, undefined, opening);
  if (signalled) await stop(server);
}

main().catch(fail);
