export {
  type ClientMethod,
  type ClientOptions,
  type ClientPath,
  type ClientPaths,
  createClient,
  type LoginInput,
  type PropgovClient,
  type ResponseData,
  type Session,
} from "./client.js";
export {
  type ErrorCode,
  type FieldError,
  isPropgovError,
  type Problem,
  PropgovError,
  type PropgovErrorCode,
} from "./errors.js";
export type { components, operations, paths } from "./schema.generated.js";

import type { components } from "./schema.generated.js";

/** A named schema of the API, e.g. `Schema<"User">`, `Schema<"UserPage">`. */
export type Schema<Name extends keyof components["schemas"]> = components["schemas"][Name];
export {
  type VerifyWebhookOptions,
  verifyWebhook,
  type WebhookEventType,
  type WebhookPayload,
  type WebhookPayloadOf,
  WebhookVerificationError,
} from "./webhooks.js";
