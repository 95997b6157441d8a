import { type App, createApp, resolveDeps } from "@propgov/api";
import { createTestDatabase, type TestDatabase, testDrivers } from "@propgov/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bootstrap } from "../src/bootstrap.js";
import { nodeScryptHasher } from "../src/hasher.js";
import { jsonLogger } from "../src/logger.js";
import { PASSWORD } from "./helpers.js";

// What must never reach the log, whatever fails.
const SECRET_PASSWORD = "Lantern-Orchard-4417-Qx";
const NAME = "王秘密";
const PHONE = "13987654321";

/**
 * A trigger that refuses the test's own rows the way PostgreSQL refuses a row: an error whose
 * detail quotes the whole row (password hash, name, phone), raised inside the INSERT whose
 * bound parameters carry the same values.
 */
const refusingTrigger = [
  `create function propgov_test_refuse() returns trigger language plpgsql as $$
   begin
     raise exception 'refused by a test trigger' using errcode = 'XX000', detail = format('Failing row contains %s.', new);
   end $$`,
  `create trigger propgov_test_refuse before insert on users for each row
   when (new.username = 'wang.mimi') execute function propgov_test_refuse()`,
  `create trigger propgov_test_refuse before insert on cases for each row
   when (new.reporter_name = '${NAME}') execute function propgov_test_refuse()`,
];

describe.each(testDrivers())("the log of a query that fails on %s", (driver) => {
  let database: TestDatabase;
  let app: App;
  let token: string;
  const log: string[] = [];

  const call = async (method: string, path: string, body: unknown, bearer?: string) => {
    const res = await app.request(path, {
      method,
      headers: {
        "content-type": "application/json",
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
      },
      body: JSON.stringify(body),
    });
    return { status: res.status, text: await res.text() };
  };

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const appDeps = {
      db: database.handle,
      passwordHasher: nodeScryptHasher(),
      logger: jsonLogger("info", { write: (line) => log.push(line) }),
    };
    app = createApp(appDeps);
    await bootstrap(resolveDeps(appDeps), PASSWORD);
    for (const statement of refusingTrigger) await database.handle.db.execute(sql.raw(statement));
    const login = await call("POST", "/v1/auth/login", {
      tenant: "mengcheng",
      username: "admin",
      password: PASSWORD,
    });
    token = JSON.parse(login.text).token;
  });

  afterAll(async () => {
    await database?.destroy();
  });

  const errorLines = () =>
    log.map((line) => JSON.parse(line)).filter((entry) => entry.msg === "unexpected error");

  it("a user's password (and its hash) and name are not in the log when the insert fails", async () => {
    const before = errorLines().length;
    const res = await call(
      "POST",
      "/v1/tenants/mengcheng/users",
      { username: "wang.mimi", displayName: NAME, password: SECRET_PASSWORD, roles: ["countyAdmin"] },
      token,
    );
    expect(res.status).toBe(500);
    const logged = errorLines().slice(before);
    // It was logged, as a failed query, with its SQLSTATE and the SQL, but no values.
    expect(logged).toHaveLength(1);
    expect(logged[0].error.message).toMatch(/^Failed query: insert into "users"/);
    expect(logged[0].error.message).toContain("params: [redacted]");
    expect(logged[0].error.cause).toMatchObject({ code: "XX000", message: "refused by a test trigger" });
    const all = log.join("");
    for (const secret of [SECRET_PASSWORD, NAME, "$scrypt$", "Failing row"])
      expect(all).not.toContain(secret);
    expect(res.text).not.toContain(NAME);
  });

  it("a resident's name and phone are not in the log when filing their report fails", async () => {
    const compounds = await app.request("/v1/tenants/mengcheng/compounds?limit=1", {
      headers: { authorization: `Bearer ${token}` },
    });
    const compoundId = ((await compounds.json()) as { items: { id: string }[] }).items[0]?.id;
    expect(compoundId).toBeDefined();
    const before = errorLines().length;
    const res = await call("POST", "/v1/tenants/mengcheng/public/cases", {
      category: "serviceQuality",
      compoundId,
      description: "3号楼电梯坏了三天。",
      reporter: { name: NAME, phone: PHONE },
    });
    expect(res.status).toBe(500);
    const logged = errorLines().slice(before);
    expect(logged).toHaveLength(1);
    // The case's insert (its number taken in a CTE before it).
    expect(logged[0].error.message).toMatch(/^Failed query: (with .*\) )?insert into "cases"/s);
    expect(logged[0].error.cause).toMatchObject({ code: "XX000" });
    const all = log.join("");
    for (const secret of [NAME, PHONE, "Failing row"]) expect(all).not.toContain(secret);
  });
});
