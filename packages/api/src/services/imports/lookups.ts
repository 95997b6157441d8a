import { companies, compounds, type Tx } from "@propgov/db";
import { and, asc, eq, isNull } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import type { RowCheck } from "./cells.js";

interface Named {
  id: string;
  name: string;
  code?: string | null;
}

/** A unit named in a cell by id, code or exact name; an ambiguous name is a row error. */
export function lookup<T extends Named>(rows: T[], what: string) {
  const byKey = new Map<string, T>();
  const byName = new Map<string, T[]>();
  for (const r of rows) {
    byKey.set(r.id, r);
    if (r.code) byKey.set(r.code.toLowerCase(), r);
    byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
  }
  return (check: RowCheck, field: string, value: string): T | undefined => {
    const found = byKey.get(value) ?? byKey.get(value.toLowerCase());
    if (found) return found;
    const named = byName.get(value) ?? [];
    if (named.length === 1) return named[0];
    check.fail(
      field,
      named.length > 1
        ? `'${value}' names ${named.length} ${what}s: give its id${rows.some((r) => r.code) ? " or code" : ""} instead.`
        : `No active ${what} named or coded '${value}'.`,
    );
    return undefined;
  };
}

export const activeCompounds = (tx: Tx, ctx: TenantServiceContext) =>
  tx
    .select({ id: compounds.id, name: compounds.name })
    .from(compounds)
    .where(and(eq(compounds.tenantId, ctx.tenant.id), isNull(compounds.archivedAt)))
    .orderBy(asc(compounds.id));

export const activeCompanies = (tx: Tx, ctx: TenantServiceContext) =>
  tx
    .select({ id: companies.id, name: companies.name, code: companies.uscc })
    .from(companies)
    .where(and(eq(companies.tenantId, ctx.tenant.id), isNull(companies.archivedAt)))
    .orderBy(asc(companies.id));
