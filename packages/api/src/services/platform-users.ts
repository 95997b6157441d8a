import { AppError, newId } from "@propgov/core";
import { PgCode, pgErrorCode, platformUsers, withPlatform } from "@propgov/db";
import { count } from "drizzle-orm";
import { assertPasswordPolicy } from "../auth/password-policy.js";
import type { ResolvedDeps } from "../context.js";

export interface CreatePlatformUserInput {
  username: string;
  displayName: string;
  password: string;
}

/** Creates an operator of the installation (role platformAdmin). Used by bootstrap and the CLI. */
export async function createPlatformUser(
  deps: Pick<ResolvedDeps, "db" | "passwordHasher" | "now">,
  input: CreatePlatformUserInput,
): Promise<{ id: string; username: string }> {
  await assertPasswordPolicy(input.password, { username: input.username, path: "password" });
  const passwordHash = await deps.passwordHasher.hash(input.password);
  const now = deps.now();
  try {
    return await withPlatform(deps.db.db, async (tx) => {
      const [row] = await tx
        .insert(platformUsers)
        .values({
          id: newId("platformUser", now.getTime()),
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: platformUsers.id, username: platformUsers.username });
      if (!row) throw new Error("insert returned nothing");
      return row;
    });
  } catch (error) {
    if (pgErrorCode(error) === PgCode.uniqueViolation) {
      throw new AppError("conflict", `The platform username '${input.username}' is already taken.`, {
        errors: [{ path: "username", message: "Already taken." }],
      });
    }
    throw error;
  }
}

export async function countPlatformUsers(deps: Pick<ResolvedDeps, "db">): Promise<number> {
  const [row] = await withPlatform(deps.db.db, (tx) => tx.select({ n: count() }).from(platformUsers));
  return row?.n ?? 0;
}
