import { connect, createServer, type Server, type Socket } from "node:net";

/**
 * What one client did on the PostgreSQL wire, counted from the frontend messages it sent.
 * - statements: each Execute of the extended protocol, and each simple Query;
 * - round trips: each time the client speaks again after the server has answered;
 * - transactions: the statements that begin one (`begin` / `start transaction`).
 */
export interface WireCounts {
  statements: number;
  roundTrips: number;
  transactions: number;
  /** The statements' SQL, in order, when the caller asks for it (`[]`), else left out. */
  log?: string[];
}

const BEGIN = /^\s*(begin|start\s+transaction)\b/i;

/** Splits one direction's byte stream into protocol messages and counts what the client sends. */
export class FrontendParser {
  private buffer: Buffer = Buffer.alloc(0);
  private startup = true;
  /** Prepared statement name → its SQL, so that a Bind of a named statement knows what it runs. */
  private readonly prepared = new Map<string, string>();
  /** The SQL of the last Bind on the unnamed portal, for the Execute that follows it. */
  private bound = "";
  private unnamed = "";

  constructor(private readonly counts: WireCounts) {}

  push(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      if (this.startup) {
        // StartupMessage and SSLRequest carry no type byte: a length, then the body.
        if (this.buffer.length < 4) return;
        const length = this.buffer.readInt32BE(0);
        if (this.buffer.length < length) return;
        const code = this.buffer.readInt32BE(4);
        this.buffer = this.buffer.subarray(length);
        if (code !== 80877103 && code !== 80877104) this.startup = false; // SSL / GSS requests repeat
        continue;
      }
      if (this.buffer.length < 5) return;
      const type = String.fromCharCode(this.buffer[0] ?? 0);
      const length = this.buffer.readInt32BE(1);
      if (this.buffer.length < 1 + length) return;
      this.message(type, this.buffer.subarray(5, 1 + length));
      this.buffer = this.buffer.subarray(1 + length);
    }
  }

  private message(type: string, body: Buffer): void {
    switch (type) {
      case "Q": {
        const text = cstring(body, 0).value;
        this.counts.statements += 1;
        this.counts.log?.push(text);
        if (BEGIN.test(text)) this.counts.transactions += 1;
        break;
      }
      case "P": {
        const name = cstring(body, 0);
        const text = cstring(body, name.next).value;
        if (name.value === "") this.unnamed = text;
        else this.prepared.set(name.value, text);
        break;
      }
      case "B": {
        const portal = cstring(body, 0);
        const statement = cstring(body, portal.next).value;
        this.bound = statement === "" ? this.unnamed : (this.prepared.get(statement) ?? "");
        break;
      }
      case "E":
        this.counts.statements += 1;
        this.counts.log?.push(this.bound);
        if (BEGIN.test(this.bound)) this.counts.transactions += 1;
        break;
      default:
    }
  }
}

function cstring(buffer: Buffer, from: number): { value: string; next: number } {
  const end = buffer.indexOf(0, from);
  const stop = end === -1 ? buffer.length : end;
  return { value: buffer.toString("utf8", from, stop), next: stop + 1 };
}

/**
 * A TCP proxy in front of PostgreSQL that counts, over all its connections, what clients send.
 * Used only to count one request's work; the throughput runs connect to PostgreSQL directly.
 */
export class CountingProxy {
  readonly counts: WireCounts = { statements: 0, roundTrips: 0, transactions: 0 };
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();

  constructor(
    private readonly target: { host: string; port: number },
    listening: Server = createServer(),
  ) {
    this.server = listening;
    this.server.on("connection", (client) => this.relay(client));
  }

  async listen(): Promise<number> {
    await new Promise<void>((resolve) => this.server.listen(0, "127.0.0.1", resolve));
    const address = this.server.address();
    if (!address || typeof address === "string") throw new Error("the proxy has no port");
    return address.port;
  }

  /** Zeroes the counts; `log` keeps the statements' SQL from now on. */
  reset(log = false): void {
    this.counts.statements = 0;
    this.counts.roundTrips = 0;
    this.counts.transactions = 0;
    if (log) this.counts.log = [];
    else delete this.counts.log;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private relay(client: Socket): void {
    const upstream = connect(this.target.port, this.target.host);
    const parser = new FrontendParser(this.counts);
    // A round trip begins when the client speaks first, or again after the server answered.
    let serverSpokeLast = true;
    this.sockets.add(client).add(upstream);
    client.on("data", (chunk: Buffer) => {
      if (serverSpokeLast) this.counts.roundTrips += 1;
      serverSpokeLast = false;
      parser.push(chunk);
      upstream.write(chunk);
    });
    upstream.on("data", (chunk: Buffer) => {
      serverSpokeLast = true;
      client.write(chunk);
    });
    const end = () => {
      client.destroy();
      upstream.destroy();
      this.sockets.delete(client);
      this.sockets.delete(upstream);
    };
    client.on("close", end).on("error", end);
    upstream.on("close", end).on("error", end);
  }
}
