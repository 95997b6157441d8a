import {
  AppError,
  type CreateDisclosureInput,
  checkDisclosureItem,
  informationDisclosureConfigOf,
  newId,
  unprocessable,
} from "@propgov/core";
import { disclosures } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { reachOf } from "../access/reach.js";
import { actorOf, audit } from "../audit.js";
import { currentMechanism } from "../mechanism.js";
import { inTenant } from "../tx.js";

import { assertMayPublish, companyFor, compoundFor, publisherName, serves } from "./publish-rights.js";
import { type DisclosureView, disclosureView } from "./view.js";

/**
 * Publishes a disclosure (信息公示) now, as the caller: the item must be one of the tenant's
 * informationDisclosure config (422 `body.item`), the period on that item's cadence (422
 * `body.period`); compound and company must exist, be active and be the caller's to publish for.
 */
export async function createDisclosure(
  ctx: TenantServiceContext,
  input: CreateDisclosureInput,
): Promise<DisclosureView> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    if (reach.kind === "none" || reach.kind === "department")
      throw new AppError("forbidden", "Your role does not publish disclosures.");
    const mechanism = await currentMechanism(tx, ctx);
    checkDisclosureItem(informationDisclosureConfigOf(mechanism.document), input.item, input.period);
    await assertMayPublish(tx, ctx, reach, input);
    const compound = input.compoundId ? await compoundFor(tx, ctx, reach, input.compoundId) : null;
    const company = input.companyId ? await companyFor(tx, ctx, input.companyId) : null;
    if (
      compound &&
      company &&
      reach.kind !== "company" &&
      !(await serves(tx, ctx, company.id, compound.id))
    ) {
      throw unprocessable("body.companyId", "This company has no contract for the compound.");
    }

    const now = ctx.deps.now();
    const [row] = await tx
      .insert(disclosures)
      .values({
        tenantId: ctx.tenant.id,
        id: newId("disclosure", now.getTime()),
        compoundId: compound?.id ?? null,
        companyId: company?.id ?? null,
        item: input.item,
        period: input.period,
        title: input.title,
        content: input.content,
        attachments: input.attachments,
        publishedAt: now,
        publishedBy: actorOf(ctx.principal).actorId,
        publisherName: publisherName(ctx.principal),
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error("insert returned nothing");
    const view = disclosureView({
      d: row,
      compoundName: compound?.name ?? null,
      companyName: company?.name ?? null,
    });
    await audit(tx, ctx, ctx.tenant.id, {
      action: "disclosure.create",
      targetType: "disclosure",
      targetId: row.id,
      after: view,
    });
    return view;
  });
}
