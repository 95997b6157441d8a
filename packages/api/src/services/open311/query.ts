import { clampInstant, type FieldError, instantInRange } from "@propgov/core";
import { OPEN311_MAX_RANGE_DAYS, OPEN311_MAX_REQUESTS } from "./constants.js";
import { badRequest, fieldError } from "./errors.js";

const DAY_MS = 86_400_000;

/** The query of `GET requests`, as the spec names its parameters. */
export interface Open311RequestQuery {
  service_request_id?: string | undefined;
  service_code?: string | undefined;
  start_date?: string | undefined;
  end_date?: string | undefined;
  status?: string | undefined;
}

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

function instant(name: string, value: string | undefined, errors: FieldError[]): Date | undefined {
  // A `+` left unencoded in a query string arrives as a space: read `…T00:00:00 08:00` as `+08:00`.
  const text = value?.trim().replace(/ (\d{2}:?\d{2})$/, "+$1");
  if (!text) return undefined;
  const at = ISO_WITH_OFFSET.test(text) ? new Date(text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2")) : null;
  if (!at || !instantInRange(at)) {
    errors.push({
      path: name,
      message: "An ISO 8601 datetime with an offset, e.g. 2024-05-06T00:00:00+08:00, from year 0001 to 9999.",
    });
    return undefined;
  }
  return at;
}

interface RequestFilter {
  numbers?: string[];
  codes?: string[];
  from: Date;
  to: Date;
  statuses?: ("open" | "closed")[];
}

/** Reads the query: `service_request_id` overrides the rest (as the spec says); else a window of at most 90 days. */
export function requestFilter(query: Open311RequestQuery, now: Date): { numbers: string[] } | RequestFilter {
  const errors: FieldError[] = [];
  const numbers = list(query.service_request_id).map((n) => n.toUpperCase());
  if (numbers.length > OPEN311_MAX_REQUESTS) {
    throw fieldError("service_request_id", `At most ${OPEN311_MAX_REQUESTS} ids at once.`);
  }
  if (numbers.length > 0) return { numbers };

  const start = instant("start_date", query.start_date, errors);
  const end = instant("end_date", query.end_date, errors);
  const statuses = list(query.status);
  const badStatus = statuses.find((s) => s !== "open" && s !== "closed");
  if (badStatus !== undefined)
    errors.push({ path: "status", message: `'${badStatus}': use open or closed.` });
  const range = OPEN311_MAX_RANGE_DAYS * DAY_MS;
  if (start && end) {
    if (start.getTime() > end.getTime())
      errors.push({ path: "end_date", message: "Earlier than start_date." });
    else if (end.getTime() - start.getTime() > range) {
      errors.push({
        path: "end_date",
        message: `The range may span at most ${OPEN311_MAX_RANGE_DAYS} days.`,
      });
    }
  }
  if (errors.length > 0) throw badRequest(errors);

  const to = end ?? (start ? clampInstant(start.getTime() + range) : now);
  const from = start ?? clampInstant(to.getTime() - range);
  const codes = list(query.service_code);
  return {
    from,
    to,
    ...(codes.length > 0 ? { codes } : {}),
    ...(statuses.length > 0 ? { statuses: statuses as ("open" | "closed")[] } : {}),
  };
}
