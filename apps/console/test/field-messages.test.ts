import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldMessage } from "../src/api/field-messages";

/** zod's own messages for a schema and a value, by path, as the API passes them through. */
function messages(schema: z.ZodType, value: unknown): Record<string, string> {
  const result = schema.safeParse(value);
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("field messages in the Chinese console", () => {
  const schema = z
    .object({
      households: z.number().int().min(1).max(100),
      hours: z.number().positive(),
      code: z.string().min(2).max(3),
      kind: z.enum(["cleaning", "patrol"]),
      items: z.array(z.number()).min(1),
      slug: z.string().regex(/^[a-z]+$/),
      email: z.email(),
      url: z.url(),
      name: z.string(),
      on: z.iso.date(),
    })
    .strict();

  it("says zod's generic messages in Chinese, from what zod really writes", () => {
    const first = messages(schema, {
      households: 0,
      hours: 0,
      code: "a",
      kind: "x",
      items: [],
      slug: "A",
      email: "x",
      url: "y",
      on: "2026",
    });
    const zh = Object.fromEntries(Object.entries(first).map(([k, m]) => [k, fieldMessage(m, "zh")]));
    expect(zh).toEqual({
      households: "不能小于 1",
      hours: "须大于 0",
      code: "至少 2 个字符",
      kind: '应为以下之一："cleaning"、"patrol"',
      items: "至少 1 项",
      slug: "格式不正确",
      email: "邮箱地址格式不正确",
      url: "网址格式不正确",
      name: "必填",
      on: "日期格式不正确",
    });
    const second = messages(schema, { households: 1.5, code: "abcd", extra: 1 });
    expect(fieldMessage(second.households as string, "zh")).toBe("应为整数");
    expect(fieldMessage(second.code as string, "zh")).toBe("最多 3 个字符");
    expect(fieldMessage(second[""] as string, "zh")).toBe('不支持的字段："extra"');
    expect(fieldMessage(messages(schema, { households: 101 }).households as string, "zh")).toBe(
      "不能大于 100",
    );
  });

  it("leaves the API's own messages, and everything in the English console, as written", () => {
    expect(fieldMessage("不具备招投标资格：信用等级C", "zh")).toBe("不具备招投标资格：信用等级C");
    expect(fieldMessage("Unknown preset.", "zh")).toBe("Unknown preset.");
    expect(fieldMessage("Too small: expected number to be >=1", "en")).toBe(
      "Too small: expected number to be >=1",
    );
  });
});
