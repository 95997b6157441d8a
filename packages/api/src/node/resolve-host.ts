import { lookup } from "node:dns/promises";

/** Every address a host name resolves to, so outbound calls can refuse names that point inward. */
export async function nodeResolveHost(host: string): Promise<string[]> {
  const found = await lookup(host, { all: true, verbatim: true });
  return found.map((a) => a.address);
}
