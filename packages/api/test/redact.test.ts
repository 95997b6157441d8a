import { describe, expect, it } from "vitest";
import { redactError, redactMessage } from "../src/redact.js";

const driverError = (message: string, fields: Record<string, string>) =>
  Object.assign(new Error(message), fields);

describe("redactError: what a failed query leaves in the log", () => {
  const cause = driverError('invalid input syntax for type uuid: "13812345678"', {
    code: "22P02",
    detail: "Failing row contains (13812345678, 张三).",
    where: "unnamed portal parameter $2 = '...'",
    table_name: "cases",
  });
  const failed = Object.assign(
    new Error(
      'Failed query: insert into "cases" ("id", "reporter_phone") values ($1, $2)\nparams: cas_1,13812345678',
    ),
    { name: "DrizzleQueryError", params: ["cas_1", "13812345678"], cause },
  );
  const safe = redactError(failed);
  const everything = JSON.stringify({ ...safe, message: safe.message, stack: safe.stack, cause: safe.cause });

  it("keeps the SQL, the SQLSTATE and the table, drops parameters, detail and quoted values", () => {
    expect(safe.name).toBe("DrizzleQueryError");
    expect(safe.message).toBe(
      'Failed query: insert into "cases" ("id", "reporter_phone") values ($1, $2)\nparams: [redacted]',
    );
    expect(safe.stack?.split("\n")[2]).toMatch(/^\s+at /);
    expect(safe.cause).toMatchObject({
      message: 'invalid input syntax for type uuid: "[redacted]"',
      code: "22P02",
      table_name: "cases",
    });
    expect(everything).not.toContain("13812345678");
    expect(everything).not.toContain("张三");
    expect(everything).not.toContain("Failing row");
  });

  it("leaves quoted names alone outside data errors (a constraint is not personal)", () => {
    expect(
      redactMessage('duplicate key value violates unique constraint "users_username_key"', "23505"),
    ).toBe('duplicate key value violates unique constraint "users_username_key"');
  });

  it("turns a thrown non-error into an error without its content", () => {
    expect(redactError({ password: "x" }).message).toBe("a thrown object");
  });
});
