import { randomBytes } from "node:crypto";
import {
  assertPasswordPolicy,
  countPlatformUsers,
  createPlatformUser,
  createTenant,
  createUser,
  findTenantBySlug,
  loadRegistrySeed,
  passwordRefusal,
  type ResolvedDeps,
  type SeedResult,
  type ServiceContext,
  systemPrincipal,
} from "@propgov/api";
import { isAppError, newId } from "@propgov/core";
import { mengchengSeed, mengchengTenant } from "@propgov/example-mengcheng";
import { sql } from "drizzle-orm";

/** What a fresh installation starts with: Mengcheng, the first county, and its administrator. */
export const BOOTSTRAP = {
  platformAdmin: { username: "root", displayName: "平台管理员" },
  tenant: mengchengTenant,
  countyAdmin: {
    username: "admin",
    displayName: "蒙城县住房发展中心管理员",
    roles: ["countyAdmin" as const],
  },
} as const;

export type BootstrapResult =
  | { created: false }
  | {
      created: true;
      /** The demo tenant, or null when the installation starts without it (PROPGOV_DEMO=false). */
      tenant: { id: string; slug: string } | null;
      platformAdmin: string;
      countyAdmin: string | null;
      /** What the Mengcheng demo registry loaded (null when the tenant already had it, or no demo). */
      demo: SeedResult | null;
      /** Set when no password was given: the caller must show it once. */
      generatedPassword: string | undefined;
    };

export interface BootstrapOptions {
  /** Create the Mengcheng demo tenant with its sample data and admin; default true. */
  demo?: boolean;
}

// Letters and digits without look-alikes (0/O, 1/l/I): easy to copy, never starts with "-".
const PASSWORD_ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** A random password: 24 characters from a 57-letter alphabet (about 140 bits). */
export function generatePassword(length = 24): string {
  let out = "";
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      // Rejection sampling keeps every letter equally likely.
      if (byte < 256 - (256 % PASSWORD_ALPHABET.length) && out.length < length) {
        out += PASSWORD_ALPHABET[byte % PASSWORD_ALPHABET.length];
      }
    }
  }
  return out;
}

// Serialises bootstrap across server processes starting at once against one PostgreSQL.
const BOOTSTRAP_LOCK = 3_416_221;

const bootstrapUsernames = [BOOTSTRAP.platformAdmin.username, BOOTSTRAP.countyAdmin.username];

/**
 * The bootstrap accounts' password: the one given (PROPGOV_ADMIN_PASSWORD), refused before
 * anything is created when it breaks the password policy for `root` or `admin`; else a
 * generated one that passes it.
 */
async function bootstrapPassword(given: string | undefined): Promise<string> {
  if (given !== undefined) {
    for (const username of bootstrapUsernames) {
      await assertPasswordPolicy(given, { username, path: "PROPGOV_ADMIN_PASSWORD" });
    }
    return given;
  }
  for (;;) {
    const secret = generatePassword();
    const refusals = await Promise.all(
      bootstrapUsernames.map((username) => passwordRefusal(secret, username)),
    );
    if (refusals.every((refusal) => refusal === null)) return secret;
  }
}

const isConflict = (error: unknown) => isAppError(error) && error.code === "conflict";

/** The Mengcheng demo tenant (marked demo), its sample registry and its county admin, keeping what exists. */
async function seedDemo(ctx: ServiceContext, secret: string) {
  const deps = ctx.deps;
  const spec = BOOTSTRAP.tenant;
  let tenant = await findTenantBySlug(deps, spec.slug);
  if (!tenant) {
    try {
      tenant = await createTenant(ctx, { ...spec, demo: true });
    } catch (error) {
      if (!isConflict(error)) throw error;
      tenant = await findTenantBySlug(deps, spec.slug);
      if (!tenant) throw error;
    }
  }

  // The demo registry loads in one transaction; a tenant that has it already answers a conflict.
  let demo: SeedResult | null = null;
  try {
    demo = await loadRegistrySeed({ ...ctx, tenant }, mengchengSeed);
  } catch (error) {
    if (!isConflict(error)) throw error;
  }

  let countyAdmin: string | null = null;
  try {
    const user = await createUser(
      { ...ctx, tenant },
      {
        ...BOOTSTRAP.countyAdmin,
        roles: [...BOOTSTRAP.countyAdmin.roles],
        password: secret,
      },
    );
    countyAdmin = user.id;
  } catch (error) {
    if (!isConflict(error)) throw error; // an `admin` is there already: keep it and its password
  }
  return { tenant: { id: tenant.id, slug: tenant.slug }, demo, countyAdmin };
}

/**
 * Seeds an empty installation (no platform user yet): the platform admin `root`, the tenant
 * `mengcheng` (marked demo) with its demo registry (sample data) and its county admin `admin`, all
 * with `password` (or a generated one); without the demo, `root` alone. Does
 * nothing when a platform user exists, so it runs on every start. `root` is created last: it
 * marks the bootstrap as done, and a bootstrap cut short picks up what already exists.
 */
export async function bootstrap(
  deps: ResolvedDeps,
  password: string | undefined,
  options: BootstrapOptions = {},
): Promise<BootstrapResult> {
  const withDemo = options.demo ?? true;
  const run = async (): Promise<BootstrapResult> => {
    if ((await countPlatformUsers(deps)) > 0) return { created: false };
    const secret = await bootstrapPassword(password);
    const ctx: ServiceContext = {
      deps,
      requestId: newId("request"),
      principal: systemPrincipal("bootstrap"),
    };

    const seeded = withDemo ? await seedDemo(ctx, secret) : { tenant: null, demo: null, countyAdmin: null };

    try {
      const root = await createPlatformUser(deps, { ...BOOTSTRAP.platformAdmin, password: secret });
      return {
        created: true,
        tenant: seeded.tenant,
        platformAdmin: root.id,
        countyAdmin: seeded.countyAdmin,
        demo: seeded.demo,
        generatedPassword: password === undefined ? secret : undefined,
      };
    } catch (error) {
      if (isConflict(error)) return { created: false };
      throw error;
    }
  };

  if (deps.db.driver !== "postgres") return run();
  // Hold a transaction-scoped advisory lock on one pooled connection while the services use
  // others: a second process waits here, then finds the platform user and does nothing.
  return deps.db.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${BOOTSTRAP_LOCK})`);
    return run();
  });
}

/** The message shown once when the bootstrap password was generated. */
export function passwordBox(result: Extract<BootstrapResult, { created: true }>): string {
  const password = result.generatedPassword ?? "";
  const lines = [
    "propgov: first start, created the initial accounts.",
    "",
    `  platform admin:  root             (sign in without a tenant)`,
    ...(result.tenant === null
      ? []
      : [
          result.countyAdmin
            ? `  county admin:    admin            (tenant ${result.tenant.slug})`
            : `  county admin:    admin of ${result.tenant.slug} existed already; its password is unchanged`,
        ]),
    `  password:        ${password}`,
    "",
    "This password is shown ONCE and is not stored anywhere in clear.",
    "Sign in and change it (POST /v1/auth/password), or set",
    "PROPGOV_ADMIN_PASSWORD before the first start next time.",
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const bar = "═".repeat(width + 2);
  return [`╔${bar}╗`, ...lines.map((l) => `║ ${l.padEnd(width)} ║`), `╚${bar}╝`].join("\n");
}
