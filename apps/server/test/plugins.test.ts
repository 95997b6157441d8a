import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";
import { describeError } from "../src/errors.js";
import { loadPlugins, PluginError } from "../src/plugins.js";
import { startServer } from "../src/server.js";
import { jsonCaller } from "./helpers.js";

const PASSWORD = "correct horse battery staple";
const PLUGIN = fileURLToPath(new URL("../../../examples/custom-policy/src/index.ts", import.meta.url));

describe("a county's own policies, registered where the server starts (PROPGOV_PLUGINS)", () => {
  const dir = mkdtempSync(join(tmpdir(), "propgov-plugins-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads module names and paths, resolving relative paths against the start directory", () => {
    const config = loadConfig({
      PROPGOV_PLUGINS: " @qinghe/policies , ./policies/local.js,/opt/propgov/extra.mjs ",
      INIT_CWD: "/srv/propgov",
    });
    expect(config.plugins).toEqual([
      "@qinghe/policies",
      resolve("/srv/propgov", "policies/local.js"),
      "/opt/propgov/extra.mjs",
    ]);
    expect(loadConfig({}).plugins).toEqual([]);
    try {
      loadConfig({ PROPGOV_PLUGINS: "a b" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).issues.map((i) => i.variable)).toEqual(["PROPGOV_PLUGINS"]);
    }
  });

  it("refuses a module that cannot be loaded or exports no policy, naming it", async () => {
    const empty = join(dir, "empty.mjs");
    writeFileSync(empty, "export const notAPolicy = { id: 'x' };\n");
    await expect(loadPlugins([empty])).rejects.toThrow(PluginError);
    await expect(loadPlugins([empty])).rejects.toThrow(`'${empty}' exports no policy`);
    const missing = join(dir, "missing.mjs");
    const error = await loadPlugins([missing]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PluginError);
    expect(describeError(error)).toContain(`PROPGOV_PLUGINS: '${missing}' could not be loaded`);
    expect((await loadPlugins([PLUGIN])).map((p) => p.id)).toEqual(["qinghe.guaranteedGrids"]);
  });

  it("serves the plugin policy beside the built-ins and validates its config against its own schema", async () => {
    const lines: string[] = [];
    const sink = {
      write: (s: string) => {
        lines.push(s);
        return true;
      },
    };
    const config = loadConfig({
      PORT: "0",
      HOST: "127.0.0.1",
      PROPGOV_DATA_DIR: join(dir, "data"),
      PROPGOV_ADMIN_PASSWORD: PASSWORD,
      PROPGOV_LOG_LEVEL: "info",
      PROPGOV_PLUGINS: PLUGIN,
      PROPGOV_SCHEDULER: "false",
    });
    const server = await startServer(config, { out: sink, err: sink });
    try {
      expect(lines.join("")).toContain("plugins: qinghe.guaranteedGrids");
      const call = jsonCaller(server.url);
      const login = await call("POST", "/v1/auth/login", undefined, {
        tenant: "mengcheng",
        username: "admin",
        password: PASSWORD,
      });
      expect(login.status).toBe(200);
      const token = login.body.token as string;
      const policies = await call("GET", "/v1/tenants/mengcheng/policies", token);
      const plugin = policies.body.items.find((p: { id: string }) => p.id === "qinghe.guaranteedGrids");
      expect(plugin).toMatchObject({
        builtin: false,
        enabled: false,
        title: { zh: "大型小区网格包保" },
        defaults: { minHouseholds: 500, minGuaranteedGrids: 2 },
      });

      const mechanism = await call("GET", "/v1/tenants/mengcheng/mechanism", token);
      const doc = mechanism.body.document;
      doc.policies["qinghe.guaranteedGrids"] = { enabled: true, config: { minHouseholds: 0 } };
      const bad = await call("PUT", "/v1/tenants/mengcheng/mechanism", token, doc);
      expect(bad.status).toBe(422);
      expect(bad.body.errors.map((e: { path: string }) => e.path)).toEqual([
        "body.policies.qinghe.guaranteedGrids.config.minHouseholds",
      ]);
      doc.policies["qinghe.guaranteedGrids"] = { enabled: true, config: { minHouseholds: 800 } };
      const good = await call("PUT", "/v1/tenants/mengcheng/mechanism", token, doc);
      expect(good.status).toBe(200);
      expect(good.body.document.policies["qinghe.guaranteedGrids"].config).toEqual({
        minHouseholds: 800,
        minGuaranteedGrids: 2,
      });
    } finally {
      await server.shutdown(1_000);
    }
  });
});
