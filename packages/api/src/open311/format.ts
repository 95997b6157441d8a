/**
 * Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) on the wire: the spec's resources as
 * types, and renderers that turn them into a JSON or XML body. Pure and web-standard only (no
 * `node:` imports), so it runs on edge runtimes; routes own HTTP, authorisation and the database.
 *
 * Both formats are rendered from one field list per resource, so they always carry the same fields
 * in the spec's order, and nothing else: an extra property on an object passed in never leaks out.
 *
 * - JSON: the spec's arrays and objects; `null` stays `null`; booleans and numbers are JSON's own.
 * - XML: `<?xml version="1.0" encoding="utf-8"?>` and the spec's element names, indented by two
 *   spaces. `null` is an empty element (`<zipcode></zipcode>`); an `undefined` optional field (an
 *   attribute's `values`) is left out. Text is escaped (`& < > " '`), carriage returns are kept as
 *   `&#13;` (a parser would turn a literal one into a line feed), and characters XML 1.0 forbids
 *   (control characters other than tab, line feed and carriage return, lone surrogates, U+FFFE and
 *   U+FFFF) are dropped. Non-finite numbers render as `null` in both formats.
 */

export { type Open311RequestForm, open311Time, parseRequestForm } from "./wire.js";

/** The two formats GeoReport v2 defines, named by the resource's extension (`services.xml`). */
export type Open311Format = "json" | "xml";

/** The content type each format is served with. */
export const OPEN311_CONTENT_TYPE: Readonly<Record<Open311Format, string>> = {
  json: "application/json; charset=utf-8",
  xml: "text/xml; charset=utf-8",
};

/** A rendered body and the content type to serve it with. */
export interface Open311Body {
  body: string;
  contentType: string;
}

/** How a service request is taken: at once (`realtime`), later (`batch`) or out of sight (`blackbox`). */
export type Open311ServiceType = "realtime" | "batch" | "blackbox";

/** One entry of `GET services`: a kind of request a resident can file. */
export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string | null;
  /** Whether the service has a service definition (extra attributes) to fetch. */
  metadata: boolean;
  type: Open311ServiceType;
  /** Comma-separated keywords. */
  keywords: string | null;
  group: string | null;
}

/** The kind of input an attribute asks for. */
export type Open311Datatype =
  | "string"
  | "number"
  | "datetime"
  | "text"
  | "singlevaluelist"
  | "multivaluelist";

/** One choice of a `singlevaluelist` or `multivaluelist` attribute. */
export interface Open311AttributeValue {
  /** What the client sends back as `attribute[code]`. */
  key: string;
  /** What a person is shown. */
  name: string;
}

/** One extra question of a service definition. */
export interface Open311ServiceAttribute {
  /** `true` asks the user; `false` only shows `description` as information. */
  variable: boolean;
  code: string;
  datatype: Open311Datatype;
  required: boolean;
  datatype_description: string | null;
  /** Display position, 1-based. */
  order: number;
  /** The question as shown to the user. */
  description: string;
  /** The choices, for the two list datatypes only; left out of the body when `undefined`. */
  values?: Open311AttributeValue[];
}

/** `GET services/{service_code}`: the extra attributes a service asks for. */
export interface Open311ServiceDefinition {
  service_code: string;
  attributes: Open311ServiceAttribute[];
}

/** A request's state; GeoReport v2 knows only these two. */
export type Open311Status = "open" | "closed";

/**
 * One entry of `GET requests` and `GET requests/{id}`. Datetimes are ISO 8601 strings with an
 * offset: make them with {@link open311Time}.
 */
export interface Open311Request {
  service_request_id: string;
  status: Open311Status;
  status_notes: string | null;
  service_name: string | null;
  service_code: string;
  description: string | null;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string | null;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

/** The answer to `POST requests` when the request was created at once. */
/**
 * What `POST requests` answers: the new request's id, or, where the request waits for the county to
 * route it (its address names no known compound), a `token` that `GET tokens/{token}` turns into
 * the id once it is routed, as GeoReport v2 provides.
 */
export type Open311RequestCreated =
  | { service_request_id: string; service_notice: string | null; account_id: string | null }
  | { token: string; service_notice: string | null; account_id: string | null };

/** One entry of `GET tokens/{token}`: the request id once the request is routed, else absent. */
export interface Open311Token {
  token: string;
  service_request_id: string | null;
}

/** One error of an error body; `code` is the HTTP status answered, as the spec's examples use it. */
export interface Open311Error {
  code: number;
  description: string;
}

/** One API listed by service discovery. */
export interface Open311Endpoint {
  /** The specification's URL, e.g. `http://wiki.open311.org/GeoReport_v2`. */
  specification: string;
  /** The endpoint's base URL. */
  url: string;
  /** When the endpoint's services or definitions last changed (ISO 8601). */
  changeset: string;
  type: "production" | "test";
  /** Content types served, e.g. `["text/xml", "application/json"]`. */
  formats: string[];
}

/** `GET discovery`: where the jurisdiction's APIs live and whom to ask about them. */
export interface Open311Discovery {
  /** When this document last changed (ISO 8601). */
  changeset: string;
  contact: string;
  /** How to get an API key, or `null` when none is needed. */
  key_service: string | null;
  endpoints: Open311Endpoint[];
}

/**
 * Splits a trailing `.json` or `.xml` off a path (`/services/abc.xml` → `xml`, `/services/abc`).
 * `null` when the extension is absent or unknown or nothing precedes it: the spec requires one.
 */
export function formatOf(path: string): { format: Open311Format; path: string } | null {
  const dot = path.lastIndexOf(".");
  if (dot < 0) return null;
  const extension = path.slice(dot + 1);
  if (extension !== "json" && extension !== "xml") return null;
  const stem = path.slice(0, dot);
  if (stem === "" || stem.endsWith("/")) return null;
  return { format: extension, path: stem };
}

/** `GET services`: the service list (JSON array, XML `<services><service>…`). */
export function renderServices(services: readonly Open311Service[], format: Open311Format): Open311Body {
  return render(format, "services", list("service", services.map(serviceFields)));
}

/** `GET services/{code}`: one definition (JSON object, XML `<service_definition>…`). */
export function renderServiceDefinition(
  definition: Open311ServiceDefinition,
  format: Open311Format,
): Open311Body {
  return render(format, "service_definition", [
    ["service_code", definition.service_code],
    ["attributes", list("attribute", definition.attributes.map(attributeFields))],
  ]);
}

/** `GET requests` and `GET requests/{id}` (a list of one): JSON array, XML `<service_requests><request>…`. */
export function renderRequests(requests: readonly Open311Request[], format: Open311Format): Open311Body {
  return render(format, "service_requests", list("request", requests.map(requestFields)));
}

/** `POST requests`: the new request's id, as the spec answers it, a list of one. */
export function renderRequestCreated(created: Open311RequestCreated, format: Open311Format): Open311Body {
  return render(
    format,
    "service_requests",
    list("request", [
      [
        "token" in created ? ["token", created.token] : ["service_request_id", created.service_request_id],
        ["service_notice", created.service_notice],
        ["account_id", created.account_id],
      ],
    ]),
  );
}

/** `GET tokens/{token}`: `[{ token, service_request_id }]`, the id left out until the request is routed. */
export function renderToken(token: Open311Token, format: Open311Format): Open311Body {
  return render(
    format,
    "service_requests",
    list("request", [
      [
        ["token", token.token],
        ["service_request_id", token.service_request_id ?? undefined],
      ],
    ]),
  );
}

/** Any failure: JSON array of `{ code, description }`, XML `<errors><error>…`. */
export function renderErrors(errors: readonly Open311Error[], format: Open311Format): Open311Body {
  return render(
    format,
    "errors",
    list(
      "error",
      errors.map((e) => [
        ["code", e.code],
        ["description", e.description],
      ]),
    ),
  );
}

/** `GET discovery`: JSON object, XML `<discovery>…<endpoints><endpoint>…<formats><format>`. */
export function renderDiscovery(discovery: Open311Discovery, format: Open311Format): Open311Body {
  return render(format, "discovery", [
    ["changeset", discovery.changeset],
    ["contact", discovery.contact],
    ["key_service", discovery.key_service],
    [
      "endpoints",
      list(
        "endpoint",
        discovery.endpoints.map((e) => [
          ["specification", e.specification],
          ["url", e.url],
          ["changeset", e.changeset],
          ["type", e.type],
          ["formats", list("format", e.formats)],
        ]),
      ),
    ],
  ]);
}

// --- One tree, two serialisations ---------------------------------------------------------------

/** What an element holds: text, nothing (`null`), named children in order, or a list of like items. */
type Content = string | number | boolean | null | readonly Field[] | List;
/** A named child; `undefined` content leaves it out. */
type Field = readonly [name: string, content: Content | undefined];
/** Items that are all one element name in XML (`<service>`) and an array in JSON. */
interface List {
  readonly item: string;
  readonly items: readonly Content[];
}

const list = (item: string, items: readonly Content[]): List => ({ item, items });

const serviceFields = (s: Open311Service): Field[] => [
  ["service_code", s.service_code],
  ["service_name", s.service_name],
  ["description", s.description],
  ["metadata", s.metadata],
  ["type", s.type],
  ["keywords", s.keywords],
  ["group", s.group],
];

const attributeFields = (a: Open311ServiceAttribute): Field[] => [
  ["variable", a.variable],
  ["code", a.code],
  ["datatype", a.datatype],
  ["required", a.required],
  ["datatype_description", a.datatype_description],
  ["order", a.order],
  ["description", a.description],
  [
    "values",
    a.values &&
      list(
        "value",
        a.values.map((v) => [
          ["key", v.key],
          ["name", v.name],
        ]),
      ),
  ],
];

const requestFields = (r: Open311Request): Field[] => [
  ["service_request_id", r.service_request_id],
  ["status", r.status],
  ["status_notes", r.status_notes],
  ["service_name", r.service_name],
  ["service_code", r.service_code],
  ["description", r.description],
  ["agency_responsible", r.agency_responsible],
  ["service_notice", r.service_notice],
  ["requested_datetime", r.requested_datetime],
  ["updated_datetime", r.updated_datetime],
  ["expected_datetime", r.expected_datetime],
  ["address", r.address],
  ["address_id", r.address_id],
  ["zipcode", r.zipcode],
  ["lat", r.lat],
  ["long", r.long],
  ["media_url", r.media_url],
];

const isList = (content: Content): content is List =>
  typeof content === "object" && content !== null && !Array.isArray(content);
const isFields = (content: Content): content is readonly Field[] => Array.isArray(content);

function render(format: Open311Format, root: string, content: Content): Open311Body {
  const body =
    format === "json"
      ? JSON.stringify(toJson(content))
      : `<?xml version="1.0" encoding="utf-8"?>\n${toXml(root, content, "")}\n`;
  return { body, contentType: OPEN311_CONTENT_TYPE[format] };
}

function toJson(content: Content): unknown {
  if (isList(content)) return content.items.map(toJson);
  if (isFields(content)) {
    const object: Record<string, unknown> = {};
    for (const [name, child] of content) {
      if (child !== undefined) object[name] = toJson(child);
    }
    return object;
  }
  if (typeof content === "number" && !Number.isFinite(content)) return null;
  return content;
}

function toXml(name: string, content: Content, indent: string): string {
  const inner = `${indent}  `;
  let children: string[];
  if (isList(content)) {
    children = content.items.map((item) => toXml(content.item, item, inner));
  } else if (isFields(content)) {
    children = content.flatMap(([child, value]) => (value === undefined ? [] : [toXml(child, value, inner)]));
  } else {
    return `${indent}<${name}>${xmlText(content)}</${name}>`;
  }
  if (children.length === 0) return `${indent}<${name}></${name}>`;
  return `${indent}<${name}>\n${children.join("\n")}\n${indent}</${name}>`;
}

function xmlText(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return escapeXml(value);
}

/** Escapes markup and drops what XML 1.0 cannot carry at all. */
function escapeXml(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text.slice(i, i + 2);
        i++;
      }
      continue; // a high surrogate without its pair is dropped
    }
    if (c >= 0xdc00 && c <= 0xdfff) continue; // a lone low surrogate
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) continue;
    if (c === 0xfffe || c === 0xffff) continue;
    switch (c) {
      case 0x26:
        out += "&amp;";
        break;
      case 0x3c:
        out += "&lt;";
        break;
      case 0x3e:
        out += "&gt;";
        break;
      case 0x22:
        out += "&quot;";
        break;
      case 0x27:
        out += "&apos;";
        break;
      case 0x0d:
        out += "&#13;";
        break;
      default:
        out += text[i];
    }
  }
  return out;
}
