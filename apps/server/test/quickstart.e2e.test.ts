import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { childEnv, freePort, mainJs, root, type Spawned, spawnNode, waitForReady } from "./helpers.js";

const run = promisify(execFile);
const PASSWORD = "a long passphrase";

/** examples/api-quickstart.sh, run as its README says, against the built server and its demo. */
describe("examples/api-quickstart.sh against the demo", () => {
  let dataDir: string;
  let server: Spawned;
  let base: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "propgov-quickstart-"));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawnNode(
      mainJs,
      [],
      childEnv({
        PORT: String(port),
        HOST: "127.0.0.1",
        PROPGOV_DATA_DIR: dataDir,
        PROPGOV_ADMIN_PASSWORD: PASSWORD,
      }),
    );
    await waitForReady(base, server);
  });
  afterAll(async () => {
    if (server?.child.exitCode === null) {
      server.child.kill("SIGTERM");
      await server.exited;
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it("runs to the end, scoping the staff account to the demo's real 城关街道", async () => {
    const { stdout } = await run("bash", ["examples/api-quickstart.sh"], {
      cwd: root,
      env: { ...process.env, PROPGOV_URL: base, PROPGOV_PASSWORD: PASSWORD },
    });
    const region = stdout.match(/^(reg_[0-9A-Z]{26})$/m)?.[1];
    expect(region).toBeDefined();
    expect(stdout).toContain(`"regionId": "${region}"`);
    expect(stdout).toContain('"regionStaff"');
    expect(stdout.trim().endsWith("204")).toBe(true);
  });
});
