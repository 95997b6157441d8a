export { API_VERSION, type App, createApp, resolveDeps } from "./app.js";
export {
  assertClean,
  type ImageProcessor,
  type ProcessedImage,
  portableImageProcessor,
} from "./attachments/images.js";
export { type S3StoreOptions, s3AttachmentStore } from "./attachments/s3.js";
export type { AttachmentStore } from "./attachments/store.js";
export {
  DEFAULT_SCRYPT,
  formatScryptHash,
  type PasswordHasher,
  parseScryptHash,
  portableScrypt,
  type ScryptFn,
  type ScryptParams,
  scryptHasher,
  webPasswordHasher,
} from "./auth/password.js";
export {
  assertPasswordPolicy,
  PASSWORD_MIN_LENGTH,
  type PasswordRefusal,
  passwordRefusal,
} from "./auth/password-policy.js";
export type {
  AppDeps,
  AppEnv,
  LoginThrottleConfig,
  Principal,
  RequestLog,
  ResolvedDeps,
  ServiceContext,
  SessionConfig,
  TenantRef,
  TenantServiceContext,
} from "./context.js";
export { systemPrincipal } from "./context.js";
export { PROBLEM_CONTENT_TYPE, problemSchema } from "./problem.js";
export { redactError, redactMessage } from "./redact.js";
export { createApiKey } from "./services/api-keys.js";
export { installPresetTemplates } from "./services/assessments/templates.js";
export { categoryNamesOf, InboxFanout, type InboxFanoutConfig, onInbox } from "./services/inbox/fanout.js";
export {
  CASE_ROLLUP_MEASURES,
  type CaseRollupMismatch,
  type CaseRollupsCheck,
  type CaseRollupsRepair,
  rebuildCaseRollups,
  verifyCaseRollups,
} from "./services/kpis/case-rollups.js";
export { signAcs3 } from "./services/notifications/acs3.js";
export { ALIYUN_SMS_ENDPOINT, aliyunSmsSender } from "./services/notifications/aliyun-sms.js";
export {
  createSecretBox,
  newWebhookSecret,
  type SecretBox,
  signWebhook,
} from "./services/notifications/crypto.js";
export { defaultOutboundConfig, type OutboundConfig } from "./services/notifications/outbound.js";
export {
  type ResidentSmsEvent,
  residentSmsEvents,
  residentSmsStatusText,
} from "./services/notifications/resident-sms.js";
export type { SmsAccount, SmsMessage, SmsSender } from "./services/notifications/sms.js";
export {
  DeliveryWorker,
  type DeliveryWorkerConfig,
  type PassResult,
  webhookBody,
} from "./services/notifications/worker.js";
export { countPlatformUsers, createPlatformUser } from "./services/platform-users.js";
export {
  previousMonth,
  Scheduler,
  type SchedulerConfig,
  type SchedulerPass,
  scheduleOf,
} from "./services/scheduler/index.js";
export type { DisclosureSeed, MeetingSeed } from "./services/seed/activity.js";
export type { CaseSeed, CaseStepSeed } from "./services/seed/cases.js";
export type { CreditSeed, LifecycleSeed, NominationSeed, TaskSeed } from "./services/seed/records.js";
export {
  loadRegistrySeed,
  type RegionSeed,
  type RegistrySeed,
  type SeedResult,
} from "./services/seed/registry.js";
export { anyTenantAllowsOrigin } from "./services/tenant-settings.js";
export { createTenant, deleteDemoTenant, findTenantBySlug, setTenantEnabled } from "./services/tenants.js";
export { createUser } from "./services/users.js";

import type { ResolvedDeps } from "./context.js";
import { categoryNamesOf as namesOf } from "./services/inbox/fanout.js";
import { PersonalSender } from "./services/notifications/personal.js";
import { ResidentSms } from "./services/notifications/resident-sms.js";
import {
  DeliveryWorker as Worker,
  type DeliveryWorkerConfig as WorkerConfig,
} from "./services/notifications/worker.js";

/** The delivery worker over an app's resolved dependencies (its database, clock, secrets and outbound settings). */
export const deliveryWorkerFor = (deps: ResolvedDeps, options: Partial<WorkerConfig> = {}) =>
  new Worker({
    db: deps.db.db,
    now: deps.now,
    secrets: deps.notifications.secrets,
    outbound: deps.notifications.outbound,
    categoryNames: namesOf(deps),
    personal: new PersonalSender({
      db: deps.db.db,
      email: deps.notifications.email,
      publicUrl: deps.notifications.publicUrl,
      categoryNames: namesOf(deps),
      sms: {
        sender: deps.notifications.sms,
        secrets: deps.notifications.secrets,
        outbound: deps.notifications.outbound,
      },
    }),
    residentSms: new ResidentSms({
      db: deps.db.db,
      secrets: deps.notifications.secrets,
      outbound: deps.notifications.outbound,
      sender: deps.notifications.sms,
      publicUrl: deps.notifications.publicUrl,
    }),
    onError: (error) => deps.logger.error?.(error, { requestId: "delivery-worker" }),
    ...options,
  });
