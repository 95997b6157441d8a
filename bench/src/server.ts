import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { Agent, request } from "node:http";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const serverMain = fileURLToPath(new URL("../../apps/server/dist/main.js", import.meta.url));

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

/** The built server (`apps/server/dist/main.js`) in a child process, on its own port. */
export interface ServerProcess {
  readonly base: string;
  readonly pid: number;
  /** Milliseconds from spawning the process to the first 200 from `GET /ready`. */
  readonly readyMs: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** How often to ask `GET /ready`, ms (default 200). */
  pollMs?: number;
  /** Keep the server's stderr (shown if it exits before ready) instead of passing it through. */
  quiet?: boolean;
}

/** Starts the built server; an `env` value `undefined` removes that variable from the server's environment. */
export async function startServer(
  env: Record<string, string | undefined>,
  options: StartOptions = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const childEnv: Record<string, string | undefined> = { ...process.env, ...env };
  for (const [key, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[key];
  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server.
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, serverMain], {
    env: { ...childEnv, PORT: String(port), HOST: "127.0.0.1", PROPGOV_LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", options.quiet ? "pipe" : "inherit"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr = (stderr + chunk.toString("utf8")).slice(-4000);
  });
  // A bench that fails leaves no server behind.
  const orphan = () => child.kill("SIGKILL");
  process.once("exit", orphan);
  const base = `http://127.0.0.1:${port}`;
  let readyMs: number;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}\n${stderr}`);
    const ready = await fetch(`${base}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) {
      readyMs = performance.now() - started;
      break;
    }
    if (performance.now() - started > 120_000) {
      child.kill("SIGKILL");
      throw new Error("the server was not ready within 120 s");
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 200));
  }
  return {
    base,
    pid: child.pid as number,
    readyMs,
    async stop() {
      process.off("exit", orphan);
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await once(child, "exit");
    },
  };
}

export interface JsonResponse {
  status: number;
  body: unknown;
}

/** A keep-alive HTTP client with a fixed number of sockets, so "8 connections" means 8. */
export class HttpClient {
  private readonly agent: Agent;

  constructor(
    private readonly base: string,
    connections: number,
    private readonly headers: Record<string, string> = {},
  ) {
    this.agent = new Agent({ keepAlive: true, maxSockets: connections });
  }

  json(method: string, path: string, body?: unknown): Promise<JsonResponse> {
    return this.send(method, path, body === undefined ? undefined : JSON.stringify(body), "application/json");
  }

  /** A body of another media type (a CSV file), answered as JSON. */
  raw(method: string, path: string, body: string, contentType: string): Promise<JsonResponse> {
    return this.send(method, path, body, contentType);
  }

  private send(
    method: string,
    path: string,
    payload: string | undefined,
    contentType: string,
  ): Promise<JsonResponse> {
    return new Promise((resolve, reject) => {
      const req = request(
        `${this.base}${path}`,
        {
          method,
          agent: this.agent,
          headers: {
            accept: "application/json",
            ...this.headers,
            ...(payload === undefined
              ? {}
              : { "content-type": contentType, "content-length": Buffer.byteLength(payload) }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c: Buffer) => chunks.push(c));
          res.on("end", () => {
            const text = Buffer.concat(chunks).toString("utf8");
            let parsed: unknown = text;
            try {
              parsed = text ? JSON.parse(text) : null;
            } catch {
              // not JSON: keep the text
            }
            resolve({ status: res.statusCode ?? 0, body: parsed });
          });
          res.on("error", reject);
        },
      );
      req.on("error", reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
