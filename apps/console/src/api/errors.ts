import { isPropgovError } from "@propgov/sdk";
import type { FormInstance } from "antd";
import { consoleLang, fieldMessage } from "./field-messages";

/** What to show a person for a failed call: the API's detail, else the error's message. */
export function errorText(error: unknown): string {
  if (isPropgovError(error)) return error.detail;
  return error instanceof Error ? error.message : String(error);
}

/** `body.projectManager.name` → `["projectManager", "name"]` (array indexes as numbers). */
export function fieldPath(path: string): (string | number)[] {
  const parts = path.split(".");
  if (parts[0] === "body") parts.shift();
  return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Puts the API's validation errors (problem+json `errors[].path`) on the form fields they
 * name. Returns the errors no field of the form carries, for a banner.
 */
export function showFieldErrors(form: FormInstance, error: unknown, fieldNames: string[][]): string[] {
  if (!isPropgovError(error) || error.errors.length === 0) return [errorText(error)];
  const known = new Set(fieldNames.map((name) => name.join(".")));
  const unplaced: string[] = [];
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const lang = consoleLang();
  for (const { path, message: raw } of error.errors) {
    const message = fieldMessage(raw, lang);
    const name = fieldPath(path);
    // The nearest enclosing field the form has: `members.0.name` lands on `members` if need be.
    let target: (string | number)[] | undefined;
    for (let n = name.length; n > 0; n--) {
      if (known.has(name.slice(0, n).join("."))) {
        target = name.slice(0, n);
        break;
      }
    }
    if (!target) {
      unplaced.push(`${path}: ${message}`);
      continue;
    }
    const key = target.join(".");
    const entry = byField.get(key) ?? { name: target, errors: [] };
    entry.errors.push(message);
    byField.set(key, entry);
  }
  // A field the previous answer marked and this one does not is clear again.
  const cleared = fieldNames
    .filter((name) => !byField.has(name.join(".")))
    .map((name) => ({ name, errors: [] }));
  form.setFields([...cleared, ...byField.values()]);
  return unplaced;
}
