import {
  AppError,
  checkRoleScope,
  newId,
  type Scope,
  type ScopeKey,
  scopeKeys,
  type TenantRole,
} from "@propgov/core";
import { companies, compounds, departments, PgCode, pgErrorCode, regions, type Tx, users } from "@propgov/db";
import { and, asc, eq, gt, isNull } from "drizzle-orm";
import { assertPasswordPolicy } from "../auth/password-policy.js";
import { endUserSessions } from "../auth/sessions.js";
import type { TenantServiceContext } from "../context.js";
import { audit } from "./audit.js";
import { decodeCursor, type Page, toPage } from "./pagination.js";
import { inTenant } from "./tx.js";

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  roles: TenantRole[];
  scope: Scope | null;
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

type UserRow = typeof users.$inferSelect;

const toView = (row: UserRow): UserView => ({
  id: row.id,
  username: row.username,
  displayName: row.displayName,
  roles: row.roles,
  scope: row.scope ?? null,
  disabled: row.disabledAt !== null,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

function assertRoleScope(roles: TenantRole[], scope: Scope | null | undefined) {
  const problems = checkRoleScope(roles, scope);
  if (problems.length > 0) {
    throw new AppError("unprocessable", problems.map((p) => p.message).join(" "), {
      errors: problems.map((p) => ({ path: `body.${p.path}`, message: p.message })),
    });
  }
}

/** The registry table a scope key names an object of, and what to call it. */
const scopeTargets = {
  regionId: { table: regions, noun: "region" },
  departmentId: { table: departments, noun: "department" },
  companyId: { table: companies, noun: "company" },
  compoundId: { table: compounds, noun: "compound" },
} satisfies Record<
  ScopeKey,
  { table: typeof regions | typeof departments | typeof companies | typeof compounds; noun: string }
>;

/**
 * A scope must name an object of the registry that exists, unarchived, in the user's county:
 * 422 naming the scope field otherwise. The lookup runs in the tenant's transaction, so row-level
 * security already hides every other county's rows.
 */
async function assertScopeExists(tx: Tx, tenantId: string, scope: Scope | null | undefined) {
  for (const key of scopeKeys) {
    const id = scope?.[key];
    if (id === undefined) continue;
    const { table, noun } = scopeTargets[key];
    const [row] = await tx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.tenantId, tenantId), eq(table.id, id), isNull(table.archivedAt)));
    if (!row) {
      const message = `No ${noun} '${id.slice(0, 64)}' in this county (or it is archived).`;
      throw new AppError("unprocessable", message, { errors: [{ path: `body.scope.${key}`, message }] });
    }
  }
}

function usernameTaken(error: unknown, username: string): never {
  if (pgErrorCode(error) === PgCode.uniqueViolation) {
    throw new AppError("conflict", `The username '${username}' is already taken in this county.`, {
      errors: [{ path: "body.username", message: "Already taken." }],
    });
  }
  throw error;
}

export interface CreateUserInput {
  username: string;
  displayName: string;
  password: string;
  roles: TenantRole[];
  scope?: Scope | null | undefined;
}

export async function createUser(ctx: TenantServiceContext, input: CreateUserInput): Promise<UserView> {
  assertRoleScope(input.roles, input.scope);
  const { deps, tenant } = ctx;
  await assertPasswordPolicy(input.password, { username: input.username, path: "body.password" });
  const passwordHash = await deps.passwordHasher.hash(input.password);
  const now = deps.now();
  try {
    return await inTenant(ctx, async (tx) => {
      await assertScopeExists(tx, tenant.id, input.scope);
      const [row] = await tx
        .insert(users)
        .values({
          tenantId: tenant.id,
          id: newId("user", now.getTime()),
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          roles: [...new Set(input.roles)],
          scope: input.scope ?? null,
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      if (!row) throw new Error("insert returned nothing");
      await audit(tx, ctx, tenant.id, {
        action: "user.create",
        targetType: "user",
        targetId: row.id,
        after: toView(row),
      });
      return toView(row);
    });
  } catch (error) {
    usernameTaken(error, input.username);
  }
}

async function findUser(tx: Tx, tenantId: string, id: string): Promise<UserRow> {
  const [row] = await tx
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  if (!row) throw new AppError("not_found", `User '${id}' was not found.`);
  return row;
}

export async function getUser(ctx: TenantServiceContext, id: string): Promise<UserView> {
  return inTenant(ctx, async (tx) => toView(await findUser(tx, ctx.tenant.id, id)));
}

export async function listUsers(
  ctx: TenantServiceContext,
  input: { limit: number; cursor?: string | undefined; includeDisabled?: boolean | undefined },
): Promise<Page<UserView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, (tx) =>
    tx
      .select()
      .from(users)
      .where(
        and(
          eq(users.tenantId, ctx.tenant.id),
          after ? gt(users.id, after) : undefined,
          input.includeDisabled ? undefined : isNull(users.disabledAt),
        ),
      )
      .orderBy(asc(users.id))
      .limit(input.limit + 1),
  );
  return toPage(rows.map(toView), input.limit);
}

export interface UpdateUserInput {
  displayName?: string | undefined;
  password?: string | undefined;
  roles?: TenantRole[] | undefined;
  scope?: Scope | null | undefined;
  disabled?: boolean | undefined;
}

/**
 * Changes a user. A new password (an admin's reset, under the password policy), new roles or
 * scope, or disabling ends every session of the user, so the change holds from the next request on.
 */
export async function updateUser(
  ctx: TenantServiceContext,
  id: string,
  input: UpdateUserInput,
): Promise<UserView> {
  const { deps, tenant } = ctx;
  const now = deps.now();
  return inTenant(ctx, async (tx) => {
    const before = await findUser(tx, tenant.id, id);
    if (input.password !== undefined) {
      await assertPasswordPolicy(input.password, { username: before.username, path: "body.password" });
    }
    const passwordHash = input.password ? await deps.passwordHasher.hash(input.password) : undefined;
    const roles = input.roles ? [...new Set(input.roles)] : before.roles;
    const scope = input.scope !== undefined ? input.scope : (before.scope ?? null);
    if (input.roles !== undefined || input.scope !== undefined) assertRoleScope(roles, scope);
    // A scope kept from before may name an object archived since; a new one must exist.
    if (input.scope !== undefined) await assertScopeExists(tx, tenant.id, scope);
    if (
      ctx.principal?.kind === "user" &&
      ctx.principal.userId === id &&
      (input.disabled === true ||
        (input.roles && !roles.includes("countyAdmin") && before.roles.includes("countyAdmin")))
    ) {
      throw new AppError("unprocessable", "You cannot disable yourself or drop your own countyAdmin role.", {
        errors: [
          { path: input.disabled ? "body.disabled" : "body.roles", message: "Not on your own account." },
        ],
      });
    }
    const [row] = await tx
      .update(users)
      .set({
        ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
        ...(passwordHash ? { passwordHash, passwordChangedAt: now } : {}),
        roles,
        scope,
        ...(input.disabled !== undefined
          ? { disabledAt: input.disabled ? (before.disabledAt ?? now) : null }
          : {}),
        updatedAt: now,
      })
      .where(and(eq(users.tenantId, tenant.id), eq(users.id, id)))
      .returning();
    if (!row) throw new AppError("not_found", `User '${id}' was not found.`);
    const accessChanged =
      passwordHash !== undefined ||
      input.disabled === true ||
      input.roles !== undefined ||
      input.scope !== undefined;
    if (accessChanged) await endUserSessions(tx, tenant.id, id);
    await audit(tx, ctx, tenant.id, {
      action: passwordHash ? "user.update.password" : "user.update",
      targetType: "user",
      targetId: id,
      before: toView(before),
      after: toView(row),
    });
    return toView(row);
  });
}
