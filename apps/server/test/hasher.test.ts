import { webPasswordHasher } from "@propgov/api";
import { describe, expect, it } from "vitest";
import { nodeScrypt, nodeScryptHasher } from "../src/hasher.js";

describe("nodeScryptHasher", () => {
  const node = nodeScryptHasher();
  const web = webPasswordHasher();

  it("writes the shared $scrypt$ format with the default cost (N = 2^15, r = 8, p = 1)", async () => {
    const hash = await node.hash("correct horse battery staple");
    expect(hash).toMatch(/^\$scrypt\$ln=15,r=8,p=1\$[0-9a-f]{32}\$[0-9a-f]{64}$/);
    expect(await node.verify(hash, "correct horse battery staple")).toBe(true);
    expect(await node.verify(hash, "correct horse battery stapler")).toBe(false);
  });

  it("makes hashes the portable hasher verifies", async () => {
    const hash = await node.hash("蒙城县 物业 2024");
    expect(await web.verify(hash, "蒙城县 物业 2024")).toBe(true);
    expect(await web.verify(hash, "蒙城县 物业 2025")).toBe(false);
  });

  it("verifies hashes the portable hasher made", async () => {
    const hash = await web.hash("a long passphrase");
    expect(await node.verify(hash, "a long passphrase")).toBe(true);
    expect(await node.verify(hash, "a long passphrase!")).toBe(false);
  });

  it("derives the same key as the portable scrypt for other parameters too", async () => {
    const cheap = { logN: 10, r: 8, p: 1 };
    const hash = await nodeScryptHasher(cheap).hash("pw-0123456789");
    expect(hash).toMatch(/^\$scrypt\$ln=10,/);
    expect(await webPasswordHasher(cheap).verify(hash, "pw-0123456789")).toBe(true);
  });

  it("refuses a stored hash whose parameters would need gigabytes", async () => {
    await expect(nodeScrypt("x", new Uint8Array(16), { logN: 25, r: 8, p: 1 }, 32)).rejects.toThrow(
      /too much memory/,
    );
  });
});
