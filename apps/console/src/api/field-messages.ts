/** The console's two languages (as in i18n.tsx). */
type Lang = "zh" | "en";

const typeZh: Record<string, string> = {
  string: "文本",
  number: "数字",
  int: "整数",
  boolean: "是或否",
  array: "列表",
  object: "对象",
  date: "日期",
  nan: "数字",
};

const bound = (op: string, n: string, what: string): string => {
  const unit = what === "string" ? " 个字符" : what === "array" ? " 项" : "";
  if (what === "string" || what === "array" || what === "set") {
    return op.startsWith(">")
      ? `至少 ${op === ">" ? Number(n) + 1 : n}${unit}`
      : `最多 ${op === "<" ? Number(n) - 1 : n}${unit}`;
  }
  if (what === "date") return op.startsWith(">") ? `不能早于 ${n}` : `不能晚于 ${n}`;
  return (
    { ">=": `不能小于 ${n}`, ">": `须大于 ${n}`, "<=": `不能大于 ${n}`, "<": `须小于 ${n}` }[op] ??
    `${op}${n}`
  );
};

/** zod's built-in messages, as the API passes them through, and their Chinese. */
const rules: [RegExp, (...groups: string[]) => string][] = [
  [/^Invalid input: expected (\w+), received undefined$/, () => "必填"],
  [/^Invalid input: expected (\w+), received (\w+)$/, (type) => `应为${typeZh[type] ?? type}`],
  [
    /^Too small: expected (\w+) to (?:have|be) (>=|>)(-?[\d.]+)(?: characters| items)?$/,
    (what, op, n) => bound(op, n, what),
  ],
  [
    /^Too big: expected (\w+) to (?:have|be) (<=|<)(-?[\d.]+)(?: characters| items)?$/,
    (what, op, n) => bound(op, n, what),
  ],
  [/^Invalid option: expected one of (.+)$/, (list) => `应为以下之一：${list.replaceAll("|", "、")}`],
  [/^Invalid string: must match pattern .*$/, () => "格式不正确"],
  [/^Invalid (?:email address|email)$/, () => "邮箱地址格式不正确"],
  [/^Invalid URL$/, () => "网址格式不正确"],
  [/^Invalid (?:ISO )?date(?:time)?$/, () => "日期格式不正确"],
  [/^Unrecognized keys?: (.+)$/, (keys) => `不支持的字段：${keys}`],
  [/^Invalid input$/, () => "输入无效"],
];

/**
 * A field error's message for the console's language. The API writes its own messages in
 * Chinese where people read them and passes zod's generic ones through in English; in the Chinese
 * console those are shown in Chinese. Anything else is shown as the API wrote it.
 */
export function fieldMessage(message: string, lang: Lang): string {
  if (lang === "en") return message;
  for (const [pattern, render] of rules) {
    const match = pattern.exec(message);
    if (match) return render(...match.slice(1));
  }
  return message;
}

/** The console's language as the I18nProvider keeps it, for code outside React. */
export const consoleLang = (): Lang => (window.localStorage.getItem("propgov.lang") === "en" ? "en" : "zh");
