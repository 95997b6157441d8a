import { AppError, createPolicyRegistry } from "@propgov/core";
import { singleDatabase } from "@propgov/db";
import { portableImageProcessor } from "./attachments/images.js";
import { webPasswordHasher } from "./auth/password.js";
import type { AppDeps, ResolvedDeps } from "./context.js";
import { authenticate } from "./middleware/auth.js";
import { bodySizeLimit } from "./middleware/body-limit.js";
import { publicCors } from "./middleware/cors.js";
import { requestContext } from "./middleware/request.js";
import { tenantRequest } from "./middleware/tenant.js";
import { registerOpen311Routes } from "./open311/routes.js";
import { handleError } from "./problem.js";
import { redactingLogger } from "./redact.js";
import { createRouter } from "./router.js";
import { registerCreateApiKey } from "./routes/api-keys/create.js";
import { registerListApiKeys } from "./routes/api-keys/list.js";
import { registerRevokeApiKey } from "./routes/api-keys/revoke.js";
import { registerAssessmentTemplateRoutes } from "./routes/assessment-templates/index.js";
import { registerAssessmentRoutes } from "./routes/assessments/index.js";
import { registerAttachmentRoutes } from "./routes/attachments/index.js";
import { registerListAuditEvents } from "./routes/audit-events/list.js";
import { registerChangePassword } from "./routes/auth/change-password.js";
import { registerLogin } from "./routes/auth/login.js";
import { registerLogout } from "./routes/auth/logout.js";
import { registerMe } from "./routes/auth/me.js";
import { registerBodyRoutes } from "./routes/bodies/index.js";
import { registerCalendarRoutes } from "./routes/calendar/index.js";
import { registerCaseRoutes } from "./routes/cases/index.js";
import { registerCommitteeRoutes } from "./routes/committees/index.js";
import { registerCompanyRoutes } from "./routes/companies/index.js";
import { registerCompoundRoutes } from "./routes/compounds/index.js";
import { registerContractRoutes } from "./routes/contracts/index.js";
import { registerCreditRoutes } from "./routes/credit/index.js";
import { registerDepartmentRoutes } from "./routes/departments/index.js";
import { registerDisclosureRoutes } from "./routes/disclosures/index.js";
import { registerEvaluationRoutes } from "./routes/evaluations/index.js";
import { registerExcellenceRoutes } from "./routes/excellence/index.js";
import { registerFindingRoutes } from "./routes/findings/index.js";
import { registerGuarantorRoutes } from "./routes/guarantors/index.js";
import { registerImportRoutes } from "./routes/imports/index.js";
import { registerInspectionRoutes } from "./routes/inspections/index.js";
import { registerKpiRoutes } from "./routes/kpis/index.js";
import { registerLifecycleEventRoutes } from "./routes/lifecycle-events/index.js";
import { registerMechanismRoutes } from "./routes/mechanism/index.js";
import { registerMeetingRoutes } from "./routes/meetings/index.js";
import { registerNotificationRoutes } from "./routes/notifications/index.js";
import { registerNotificationPreferenceRoutes } from "./routes/notifications/preferences.js";
import { registerPartyOrgRoutes } from "./routes/party-orgs/index.js";
import { registerPolicyRoutes } from "./routes/policies/index.js";
import { registerPublicRoutes } from "./routes/public/index.js";
import { registerRegionRoutes } from "./routes/regions/index.js";
import { registerSmsSettingsRoutes } from "./routes/sms/index.js";
import { registerStaffRoutes } from "./routes/staff/index.js";
import { registerDocs } from "./routes/system/docs.js";
import { registerGetHealth } from "./routes/system/health.js";
import { registerGetReady } from "./routes/system/ready.js";
import { registerTaskRoutes } from "./routes/tasks/index.js";
import { registerCreateTenant } from "./routes/tenants/create.js";
import { registerGetTenant } from "./routes/tenants/get.js";
import { registerTenantLifecycleRoutes } from "./routes/tenants/lifecycle.js";
import { registerListTenants } from "./routes/tenants/list.js";
import { registerTenantSettingsRoutes } from "./routes/tenants/settings.js";
import { registerUnroutedRequestRoutes } from "./routes/unrouted-requests/index.js";
import { registerCreateUser } from "./routes/users/create.js";
import { registerGetUser } from "./routes/users/get.js";
import { registerListUsers } from "./routes/users/list.js";
import { registerUpdateUser } from "./routes/users/update.js";
import { registerVenueRoutes } from "./routes/venues/index.js";
import { registerWebhookRoutes } from "./routes/webhooks/index.js";
import { registerWorkOrderIntakeRoutes } from "./routes/work-orders/index.js";
import { aliyunSmsSender } from "./services/notifications/aliyun-sms.js";
import { createSecretBox, DEV_SECRETS_KEY } from "./services/notifications/crypto.js";
import { defaultOutboundConfig } from "./services/notifications/outbound.js";

export const API_VERSION = "0.1.0";

/** Fills in the defaults of the dependencies; services called outside HTTP (bootstrap, CLI) use it too. */
export function resolveDeps(deps: AppDeps): ResolvedDeps {
  const outbound = { ...defaultOutboundConfig, ...deps.notifications?.outbound };
  if (deps.shards && deps.shards.directory !== deps.db) throw new Error("shards.directory must be db");
  return {
    db: deps.db,
    shards: deps.shards ?? singleDatabase(deps.db),
    passwordHasher: deps.passwordHasher ?? webPasswordHasher(),
    now: deps.now ?? (() => new Date()),
    // Errors reach the host's logger without query parameters or row values.
    logger: redactingLogger(deps.logger ?? {}),
    clientAddress: deps.clientAddress ?? (() => undefined),
    allowedOrigins: deps.allowedOrigins ?? [],
    trustProxy: deps.trustProxy ?? false,
    docsScript: deps.docsScript,
    session: {
      ttlSeconds: 30 * 24 * 3600,
      renewWithinSeconds: 15 * 24 * 3600,
      cookieName: "propgov_session",
      ...deps.session,
    },
    loginThrottle: {
      maxFailures: 5,
      maxClientFailures: 20,
      maxPasswordChangeFailures: 5,
      windowSeconds: 900,
      blockSeconds: 900,
      ...deps.loginThrottle,
    },
    info: { title: deps.info?.title ?? "propgov API", version: deps.info?.version ?? API_VERSION },
    policies: createPolicyRegistry(deps.policies),
    attachments: {
      store: deps.attachments?.store ?? null,
      images: deps.attachments?.images ?? portableImageProcessor,
    },
    notifications: {
      secrets: createSecretBox(deps.notifications?.secretsKey ?? DEV_SECRETS_KEY),
      outbound,
      devKey: !deps.notifications?.secretsKey,
      email: deps.notifications?.email ?? null,
      publicUrl: deps.notifications?.publicUrl ?? null,
      sms: deps.notifications?.sms ?? aliyunSmsSender(outbound),
    },
  };
}

/**
 * The whole HTTP API as one OpenAPIHono app, on web-standard APIs only: the Node server, an
 * edge worker and the tests all call this with their own dependencies.
 */
export function createApp(appDeps: AppDeps) {
  const deps = resolveDeps(appDeps);
  const app = createRouter();

  app.use("*", requestContext(deps));
  app.use("*", bodySizeLimit);
  app.use("/v1/tenants/:tenant/public/*", publicCors);
  app.use("/v1/*", authenticate);
  app.use("/v1/tenants/:tenant/*", tenantRequest);
  app.use("/v1/tenants/:tenant", tenantRequest);

  registerGetHealth(app);
  registerGetReady(app);
  registerDocs(app);

  registerLogin(app);
  registerLogout(app);
  registerMe(app);
  registerNotificationRoutes(app);
  registerNotificationPreferenceRoutes(app);
  registerChangePassword(app);

  registerCreateTenant(app);
  registerListTenants(app);
  registerGetTenant(app);
  registerTenantLifecycleRoutes(app);
  registerTenantSettingsRoutes(app);

  registerCreateUser(app);
  registerListUsers(app);
  registerListAuditEvents(app);
  registerGetUser(app);
  registerUpdateUser(app);

  registerCreateApiKey(app);
  registerListApiKeys(app);
  registerRevokeApiKey(app);

  // The registry: the county's map of who is who.
  registerRegionRoutes(app);
  registerCompoundRoutes(app);
  registerCompanyRoutes(app);
  registerContractRoutes(app);
  registerInspectionRoutes(app);
  registerCommitteeRoutes(app);
  registerPartyOrgRoutes(app);
  registerDepartmentRoutes(app);
  // The mechanism ("3338") and its policies: configuration, evaluations, findings.
  registerMechanismRoutes(app);
  registerPolicyRoutes(app);
  registerEvaluationRoutes(app);
  registerFindingRoutes(app);
  // The mechanism's units: bodies, staff teams, venues, guarantors.
  registerBodyRoutes(app);
  registerStaffRoutes(app);
  registerVenueRoutes(app);
  registerGuarantorRoutes(app);
  registerKpiRoutes(app);
  registerImportRoutes(app);
  // Cases: 接诉即办 and 吹哨报到, the public intake residents use, and Open311 GeoReport v2.
  registerCaseRoutes(app);
  registerWorkOrderIntakeRoutes(app);
  registerUnroutedRequestRoutes(app);
  registerCalendarRoutes(app);
  registerPublicRoutes(app);
  registerOpen311Routes(app);
  // Governance workflows: meetings, disclosures, responsibility lists, lifecycle events, excellence.
  registerMeetingRoutes(app);
  registerDisclosureRoutes(app);
  registerTaskRoutes(app);
  registerLifecycleEventRoutes(app);
  registerExcellenceRoutes(app);
  registerAttachmentRoutes(app);
  registerCreditRoutes(app);
  registerAssessmentTemplateRoutes(app);
  registerAssessmentRoutes(app);
  // Telling integrators: webhook subscriptions (the payloads go to the document's `webhooks`).
  registerWebhookRoutes(app);
  registerSmsSettingsRoutes(app);

  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "A session token from POST /v1/auth/login, or an API key.",
  });
  app.openAPIRegistry.registerComponent("securitySchemes", "cookieAuth", {
    type: "apiKey",
    in: "cookie",
    name: deps.session.cookieName,
    description: "The console's HttpOnly session cookie. Unsafe methods must come from the same origin.",
  });

  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: deps.info.title,
      version: deps.info.version,
      description:
        "propgov: county-level governance of residential property (红色物业). One county is one tenant; tenant routes live under /v1/tenants/{tenant}. Errors are RFC 9457 problem+json. Open311 GeoReport v2 (http://wiki.open311.org/GeoReport_v2) is served outside this document at /open311/v2/ (discovery, services, requests; .json or .xml; jurisdiction_id = the tenant slug), with errors in that spec's own form; a test endpoint at /open311/test/v2/ checks submissions in full and files nothing.",
    },
    tags: [
      { name: "system", description: "Liveness, readiness, the contract" },
      { name: "auth", description: "Sessions: sign in, sign out, who am I" },
      { name: "tenants", description: "Counties (platform administration)" },
      { name: "users", description: "People who sign in to a county" },
      { name: "api-keys", description: "Keys for machine clients" },
      { name: "audit", description: "The audit trail: who did what, to which record, when (审计日志)" },
      { name: "regions", description: "Townships, streets and communities (乡镇 / 街道 / 社区)" },
      { name: "compounds", description: "Residential compounds and their grids (小区 / 网格)" },
      { name: "companies", description: "Property service companies (物业服务企业)" },
      { name: "contracts", description: "Property service contracts and project managers (物业服务合同)" },
      { name: "committees", description: "Owners' committees (业主委员会)" },
      { name: "party-orgs", description: "Party organisations (党组织)" },
      { name: "departments", description: "The 8+N roster of departments (职能部门)" },
      { name: "bodies", description: "Property-management bodies per level (物业管理机构)" },
      { name: "staff", description: "Staff of the teams, dedicated or not (三支队伍 / 专职人员)" },
      { name: "venues", description: "Venues for consultation and dispute mediation (三级阵地)" },
      { name: "guarantors", description: "Guarantors of compounds and grids (包保责任人)" },
      { name: "mechanism", description: 'The county\'s mechanism ("3338"-style configuration), versioned' },
      { name: "policies", description: "The rules (制度) as pluggable policies, with their config" },
      { name: "evaluations", description: "Runs of the policies over a period, and their findings" },
      { name: "kpis", description: "Key figures: the three 100% goals and more" },
      { name: "imports", description: "Bulk import from spreadsheets (CSV)" },
      { name: "cases", description: "Cases: 接诉即办 (answered at once) and 吹哨报到 (whistle and report)" },
      { name: "public", description: "What residents and embedded widgets call without signing in" },
      { name: "tasks", description: "Responsibility lists, handled as a closed loop (责任清单, 闭环管理)" },
      { name: "meetings", description: "Joint consultation, major matters, dispute mediation (联席会商)" },
      { name: "disclosures", description: "Information disclosure by companies and committees (信息公示)" },
      {
        name: "lifecycleEvents",
        description: "Whole-process participation in a compound's key steps (全过程参与)",
      },
      { name: "excellence", description: "Cultivating excellent projects (培优育优)" },
      {
        name: "attachments",
        description: "Photos and files of cases, meetings and disclosures (图片 / 影像证明)",
      },
      { name: "credit", description: "Company credit files (信用档案), eligibility, 双公示 export" },
      { name: "assessments", description: "Assessment templates and cycles: 月通报、季度考核、年终评比" },
      {
        name: "webhooks",
        description:
          "Signed webhooks (Standard Webhooks) for integrators: subscriptions, test-send, delivery log (通知推送)",
      },
      {
        name: "notifications",
        description:
          "The signed-in user's in-app notifications (站内通知): inbox, unread count, live stream (SSE)",
      },
    ],
  });

  app.notFound(() => {
    throw new AppError("not_found", "No such route.");
  });
  app.onError((error, c) =>
    handleError(error, c, (e) => deps.logger.error?.(e, { requestId: c.get("requestId") ?? "unknown" })),
  );

  return app;
}

export type App = ReturnType<typeof createApp>;
