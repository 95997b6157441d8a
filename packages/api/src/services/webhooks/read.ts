import { AppError } from "@propgov/core";
import { type Tx, webhookSubscriptions } from "@propgov/db";
import { and, desc, eq, lt } from "drizzle-orm";
import type { TenantServiceContext } from "../../context.js";
import { decodeCursor, type Page, toPage } from "../pagination.js";
import { inTenant } from "../tx.js";
import { type Row, toView, type WebhookView } from "./view.js";

export async function load(tx: Tx, ctx: TenantServiceContext, id: string, lock = false): Promise<Row> {
  const q = tx
    .select()
    .from(webhookSubscriptions)
    .where(and(eq(webhookSubscriptions.tenantId, ctx.tenant.id), eq(webhookSubscriptions.id, id)));
  const [row] = lock ? await q.for("update") : await q;
  if (!row) throw new AppError("not_found", `Webhook '${id}' was not found.`);
  return row;
}

export async function listWebhooks(
  ctx: TenantServiceContext,
  input: { limit: number; cursor?: string | undefined },
): Promise<Page<WebhookView>> {
  const after = input.cursor ? decodeCursor(input.cursor) : undefined;
  const rows = await inTenant(ctx, (tx) =>
    tx
      .select()
      .from(webhookSubscriptions)
      .where(
        and(
          eq(webhookSubscriptions.tenantId, ctx.tenant.id),
          after ? lt(webhookSubscriptions.id, after) : undefined,
        ),
      )
      .orderBy(desc(webhookSubscriptions.id))
      .limit(input.limit + 1),
  );
  return toPage(rows.map(toView), input.limit);
}

export function getWebhook(ctx: TenantServiceContext, id: string): Promise<WebhookView> {
  return inTenant(ctx, async (tx) => toView(await load(tx, ctx, id)));
}
