import {
  AppError,
  type Category,
  categoryOf,
  createCaseSchema,
  type FieldError,
  type Mechanism,
  mediaUrlSchema,
  nameSchema,
  phoneSchema,
} from "@propgov/core";
import { badRequest } from "./errors.js";

const CJK = /[\u3400-\u9fff]/;

/** `last_name` + `first_name` in Chinese order (张 + 三 → 张三), else `first_name last_name`. */
export function reporterName(first: string | undefined, last: string | undefined): string | undefined {
  const f = first?.trim() ?? "";
  const l = last?.trim() ?? "";
  if (!f && !l) return undefined;
  if (CJK.test(f) || CJK.test(l)) return `${l}${f}`;
  return [f, l].filter(Boolean).join(" ");
}

const firstIssue = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message ?? "Invalid.";

function coordinate(value: string | undefined, min: number, max: number): number | "invalid" | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return "invalid";
  const n = Number(text);
  return n >= min && n <= max ? n : "invalid";
}

interface CheckedForm {
  category: Category;
  description: string;
  point: { lat: number; long: number } | undefined;
  addressString: string | undefined;
  addressId: string | undefined;
  photos: string[];
  reporter: { name: string; phone: string } | undefined;
}

/** GeoReport v2's limit on `description`. */
export const OPEN311_MAX_DESCRIPTION = 4000;

/**
 * The case's description for an Open311 request, whose `description` is optional: the text as
 * given when it describes enough (a case wants 5 characters), else the service's name with what
 * was given, or with a note that nothing was (`物业服务质量（未附描述 / no description given）`).
 */
export function caseDescription(category: Category, given: string): string {
  const text = given.trim();
  if (createCaseSchema.shape.description.safeParse(text).success) return text;
  return text ? `${category.name.zh}：${text}` : `${category.name.zh}（未附描述 / no description given）`;
}

/**
 * Checks every parameter at once, so that one answer names all the failing ones; an unknown
 * `service_code` is 404 at once, as GeoReport v2 says.
 */
export function checkForm(fields: Record<string, string>, mechanism: Mechanism): CheckedForm {
  const errors: FieldError[] = [];
  const serviceCode = fields.service_code?.trim();
  const category = serviceCode ? categoryOf(mechanism, serviceCode) : undefined;
  if (!serviceCode) {
    errors.push({ path: "service_code", message: "Required: one of the service codes GET services lists." });
  } else if (!category) {
    // GeoReport v2: "404 - service_code or service_request_id not found".
    const message = `'${serviceCode}' is not a service here; one of: ${mechanism.categories.map((c) => c.code).join(", ")}.`;
    throw new AppError("not_found", `service_code: ${message}`, {
      errors: [{ path: "service_code", message }],
    });
  }

  const given = fields.description?.trim() ?? "";
  if (given.length > OPEN311_MAX_DESCRIPTION) {
    errors.push({ path: "description", message: `At most ${OPEN311_MAX_DESCRIPTION} characters.` });
  }

  const lat = coordinate(fields.lat, -90, 90);
  const long = coordinate(fields.long, -180, 180);
  if (lat === "invalid")
    errors.push({ path: "lat", message: "A latitude in decimal degrees (WGS 84), -90 to 90." });
  if (long === "invalid")
    errors.push({ path: "long", message: "A longitude in decimal degrees (WGS 84), -180 to 180." });
  if ((lat === undefined) !== (long === undefined)) {
    errors.push({ path: lat === undefined ? "lat" : "long", message: "Give lat and long together." });
  }
  const point = typeof lat === "number" && typeof long === "number" ? { lat, long } : undefined;

  const addressString = fields.address_string?.trim() || undefined;
  if (addressString && addressString.length > 300) {
    errors.push({ path: "address_string", message: "At most 300 characters." });
  }
  const addressId = fields.address_id?.trim() || undefined;
  if (!point && !addressString && !addressId && lat === undefined && long === undefined) {
    errors.push({
      path: "lat",
      message:
        "A location is required: lat and long, or address_string (naming the compound), or address_id (a compound id).",
    });
  }

  const photos: string[] = [];
  const mediaUrl = fields.media_url?.trim();
  if (mediaUrl) {
    const parsed = mediaUrlSchema.safeParse(mediaUrl);
    if (parsed.success) photos.push(parsed.data);
    else errors.push({ path: "media_url", message: firstIssue(parsed) });
  }

  let reporter: CheckedForm["reporter"];
  const phoneText = fields.phone?.trim();
  const name = reporterName(fields.first_name, fields.last_name);
  if (name !== undefined && !nameSchema.safeParse(name).success) {
    errors.push({
      path: "first_name",
      message: "first_name and last_name together: at most 100 characters.",
    });
  }
  if (phoneText) {
    const phone = phoneSchema.safeParse(phoneText);
    if (!phone.success) errors.push({ path: "phone", message: firstIssue(phone) });
    // The reporter's name is optional in Open311; a case keeps a reporter only with a phone.
    else reporter = { name: name ?? "匿名 / Anonymous", phone: phone.data };
  }

  if (errors.length > 0 || !category) throw badRequest(errors);
  return {
    category,
    description: caseDescription(category, given),
    point,
    addressString,
    addressId,
    photos,
    reporter,
  };
}
