import type { RefKind } from "../../api/registry";
import type { MessageKey } from "../../i18n/messages";

/** One input of a create/edit form; `name` is the body path the API names in its errors. */
export type FieldSpec = {
  name: string[];
  label: MessageKey;
  required?: boolean;
  /** Only when creating (the API does not change it afterwards). */
  createOnly?: boolean;
} & (
  | { type: "text" | "date" | "number" | "boolean" | "members" }
  | { type: "select"; options: { value: string; label: MessageKey | string }[]; multiple?: boolean }
  | { type: "ref"; ref: RefKind }
  | { type: "level" | "team" }
);

/** A filter above a table; `param` is the list's query parameter (and the page's search param). */
export type FilterSpec =
  | { param: string; label: MessageKey; type: "ref"; ref: RefKind }
  | { param: string; label: MessageKey; type: "date" }
  | {
      param: string;
      label: MessageKey;
      type: "select";
      options: { value: string; label: MessageKey | string }[];
    };

export const yesNo: { value: string; label: MessageKey }[] = [
  { value: "true", label: "yes" },
  { value: "false", label: "no" },
];
