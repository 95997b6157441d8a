import { loadConfig } from "./config.js";
import { describeError } from "./errors.js";
import { type RunningServer, startServer } from "./server.js";

function fail(error: unknown): never {
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

  server = await startServer(config);
  if (signalled) await stop(server);
}

main().catch(fail);
