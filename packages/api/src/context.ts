import type { AnyPolicy, PolicyRegistry, Scope, TenantRole, TenantSettings } from "@propgov/core";
import type { DbHandle, ShardRouter, Tx } from "@propgov/db";
import type { Context } from "hono";
import type { ImageProcessor } from "./attachments/images.js";
import type { AttachmentStore } from "./attachments/store.js";
import type { PasswordHasher } from "./auth/password.js";
import type { SecretBox } from "./services/notifications/crypto.js";
import type { EmailSender } from "./services/notifications/email.js";
import type { OutboundConfig } from "./services/notifications/outbound.js";
import type { SmsSender } from "./services/notifications/sms.js";

/**
 * Who is calling. Resolved once per request by the authentication middleware; `null` means an
 * anonymous caller (a resident, an Open311 client without a key) and nothing else. Work that no
 * person asked for (bootstrap, seeds, the CLI, scheduled jobs) acts as the `system` principal.
 */
export type Principal =
  | {
      kind: "user";
      tenantId: string;
      userId: string;
      username: string;
      displayName: string;
      roles: TenantRole[];
      scope: Scope | null;
      sessionId: string;
      via: "cookie" | "bearer";
    }
  | {
      kind: "apiKey";
      tenantId: string;
      keyId: string;
      name: string;
      roles: TenantRole[];
      scope: Scope | null;
      via: "bearer";
    }
  | {
      kind: "platformUser";
      userId: string;
      username: string;
      displayName: string;
      roles: "platformAdmin"[];
      sessionId: string;
      via: "cookie" | "bearer";
    }
  | {
      kind: "system";
      /** What acts, for the audit trail and timelines, e.g. `bootstrap`, `cli`, `scheduler`. */
      name: string;
    };

/** The system principal: county-wide, acting for no person. */
export const systemPrincipal = (name: string): Principal => ({ kind: "system", name });

export interface TenantRef {
  id: string;
  slug: string;
  name: string;
  divisionCode: string;
  timezone: string;
  /** The tenant's settings, when whoever entered the tenant read them with it (tenant routes do). */
  settings?: TenantSettings;
}

/** One line per request, handed to the logger the host provides. */
export interface RequestLog {
  level: "info" | "warn" | "error";
  msg: string;
  requestId: string;
  tenant: string | null;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  actor?: string | null;
}

export interface LoginThrottleConfig {
  /** Failures allowed per username and client inside the window; default 5. */
  maxFailures: number;
  /**
   * Failed sign-ins allowed per client across every username inside the window (password
   * spraying); default 20. Counted only when the host reports client addresses.
   */
  maxClientFailures: number;
  /** Wrong current passwords allowed per user when changing one's own password; default 5. */
  maxPasswordChangeFailures: number;
  /** Window over which failures count, in seconds; default 900. */
  windowSeconds: number;
  /** How long a key (username and client, client, user) is refused once over its limit, in seconds; default 900. */
  blockSeconds: number;
}

export interface SessionConfig {
  /** Lifetime of an idle session, in seconds; default 30 days. */
  ttlSeconds: number;
  /** A session is extended when less than this is left, in seconds; default 15 days. */
  renewWithinSeconds: number;
  /** Name of the session cookie; default `propgov_session`. */
  cookieName: string;
}

/** What the host (Node server, edge worker, tests) hands to `createApp`. */
export interface AppDeps {
  /** The database; with `shards`, the directory database (platform realm, the tenants directory). */
  db: DbHandle;
  /**
   * Counties spread over several databases: each tenant's transactions go to its shard. Default:
   * `db` alone, with nothing routed. Its `directory` must be `db`.
   */
  shards?: ShardRouter;
  /** Password hashing; default portable scrypt (N = 2^15). The Node server passes native scrypt. */
  passwordHasher?: PasswordHasher;
  /** The clock; injectable for tests of expiry. */
  now?: () => Date;
  /** Receives one structured line per request and every unexpected error. */
  logger?: {
    request?: (line: RequestLog) => void;
    error?: (error: unknown, context: { requestId: string }) => void;
  };
  /** The client's address, for login throttling. Default: none (throttle by username only). */
  clientAddress?: (c: Context<AppEnv>) => string | undefined;
  /** Origins besides the API's own that may send cookie-authenticated unsafe requests. */
  allowedOrigins?: string[];
  /**
   * The API runs behind a reverse proxy that sets the X-Forwarded-* headers (PROPGOV_TRUST_PROXY):
   * only then does the CSRF check take the API's own host from X-Forwarded-Host. Default false.
   */
  trustProxy?: boolean;
  /** Serves the API reference's script locally (closed intranets have no CDN). */
  docsScript?: () => Promise<{ body: string | ArrayBuffer | Uint8Array; contentType?: string }>;
  session?: Partial<SessionConfig>;
  loginThrottle?: Partial<LoginThrottleConfig>;
  /** Title and version shown in the OpenAPI document. */
  info?: { title?: string; version?: string };
  /** A county's own policies (plugins), registered after the built-ins; tenants enable them in their mechanism. */
  policies?: readonly AnyPolicy[];
  /**
   * Where attachments (photos, minutes, documents) are kept, and how images are made fit to store.
   * Without a store, uploads answer 503. Without an image processor, metadata is removed from the
   * image container and no thumbnail is made (`sharpImageProcessor` from `@propgov/api/node` makes them).
   */
  attachments?: { store: AttachmentStore; images?: ImageProcessor };
  /**
   * Webhooks and other outbound channels: the AES-256-GCM key (base64 of 32 bytes) that encrypts
   * channel secrets at rest, and how the server calls out. Without a key a fixed development key
   * is used (the Node server refuses that in production).
   */
  notifications?: {
    secretsKey?: string | undefined;
    outbound?: Partial<OutboundConfig> | undefined;
    /** Sends users' email (`smtpEmailSender` over PROPGOV_SMTP_URL); without it nobody is emailed. */
    email?: EmailSender | undefined;
    /** The server's public address, for links in email (PROPGOV_PUBLIC_URL). */
    publicUrl?: string | undefined;
    /**
     * Sends text messages from a county's SMS account (its settings: `PUT …/sms-settings`);
     * default `aliyunSmsSender` (Alibaba Cloud SMS) over the outbound settings. Tests pass their own.
     */
    sms?: SmsSender | undefined;
  };
}

export interface ResolvedDeps {
  db: DbHandle;
  shards: ShardRouter;
  passwordHasher: PasswordHasher;
  now: () => Date;
  logger: NonNullable<AppDeps["logger"]>;
  clientAddress: (c: Context<AppEnv>) => string | undefined;
  allowedOrigins: string[];
  trustProxy: boolean;
  docsScript: AppDeps["docsScript"];
  session: SessionConfig;
  loginThrottle: LoginThrottleConfig;
  info: { title: string; version: string };
  /** The built-in policies plus the deployment's plugins. */
  policies: PolicyRegistry;
  attachments: { store: AttachmentStore | null; images: ImageProcessor };
  notifications: {
    secrets: SecretBox;
    outbound: OutboundConfig;
    devKey: boolean;
    email: EmailSender | null;
    publicUrl: string | null;
    sms: SmsSender;
  };
}

export type AppEnv = {
  Variables: {
    requestId: string;
    deps: ResolvedDeps;
    principal: Principal | null;
    tenant: TenantRef;
    /** The tenant's settings, read with it (CORS and limits of public routes). */
    tenantSettings: TenantSettings;
    /** The request's transaction on tenant routes: the verb runs in it (see `inTenant`). */
    tx: Tx | undefined;
    /** Registers work to redo after the request's transaction rolls back (see `ServiceContext`). */
    onRollback: ServiceContext["onRollback"];
  };
};

/** What every service verb receives besides its input. */
export interface ServiceContext {
  deps: ResolvedDeps;
  requestId: string;
  /** `null`: anonymous. */
  principal: Principal | null;
  /** The transaction the verb joins, when its caller already holds one. */
  tx?: Tx | undefined;
  /**
   * Work to do again in a transaction of its own if the caller's rolls back: what must count
   * whatever becomes of the request (a rate-limit hit). Absent outside a request.
   */
  onRollback?: ((fn: (tx: Tx) => Promise<unknown>) => void) | undefined;
}

export interface TenantServiceContext extends ServiceContext {
  tenant: TenantRef;
}
