import { regions, type Tx } from "@propgov/db";
import { like } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { escapeLike } from "../search.js";
import { assertMayWrite, type Reach, reachOf } from "./reach.js";

/**
 * The reach of a writer: county administrators and region staff write (and the system principal:
 * demo data, seeds), everyone else gets 403.
 */
export async function writerReach(tx: Tx, ctx: TenantServiceContext): Promise<Reach> {
  const reach = await reachOf(tx, ctx);
  assertMayWrite(reach);
  return reach;
}

/** Whether a region (by its path) lies inside what the reach may change. */
export function pathWithin(reach: Reach, path: string): boolean {
  if (reach.kind === "county") return true;
  if (reach.kind === "region") return path.startsWith(reach.path);
  return false;
}

/** Rows whose path starts with `path`: the region and its whole subtree. */
export const subtreeOf = (path: string) => like(regions.path, `${escapeLike(path)}%`);
