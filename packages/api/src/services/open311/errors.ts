import { AppError, type FieldError } from "@propgov/core";

/** 400 naming the failing parameters. */
export const badRequest = (errors: FieldError[]): AppError =>
  new AppError("bad_request", errors.map((e) => `${e.path}: ${e.message}`).join(" "), { errors });
/** 400 naming one parameter. */
export const fieldError = (path: string, message: string) => badRequest([{ path, message }]);

/** Where an error of `fileCase` (named for the JSON body) points in the Open311 form. */
const FORM_FIELD: Record<string, string> = {
  "body.category": "service_code",
  "body.compoundId": "address_id",
  "body.description": "description",
  "body.location": "address_string",
  "body.location.text": "address_string",
  "body.location.lat": "lat",
  "body.location.long": "long",
  "body.photos": "media_url",
  "body.photos.0": "media_url",
  "body.reporter.phone": "phone",
  "body.reporter.name": "first_name",
};

/** An AppError of the case service with its field paths renamed to the form's parameters. */
export function asFormError(error: unknown): unknown {
  if (!(error instanceof AppError) || !error.errors) return error;
  const errors = error.errors.map((e) => ({
    path: FORM_FIELD[e.path] ?? e.path.replace(/^body\./, ""),
    message: e.message,
  }));
  return new AppError(
    error.code === "unprocessable" ? "bad_request" : error.code,
    errors.map((e) => `${e.path}: ${e.message}`).join(" "),
    { errors, ...(error.extensions ? { extensions: error.extensions } : {}) },
  );
}
