import { AppError, newId } from "@propgov/core";
import type { TenantServiceContext } from "../../context.js";
import { type Open311RequestCreated, open311Time } from "../../open311/format.js";
import { reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { fileCase } from "../cases/create.js";
import { caseActorOf } from "../cases/events.js";
import { currentMechanism } from "../mechanism.js";
import { withTenantDb } from "../shards.js";
import { holdUnrouted } from "../unrouted-requests.js";
import { type CompoundRow, compoundById, compoundNamedIn, nearestCompound } from "./compounds.js";
import { NEAREST_COMPOUND_METRES, type Open311EndpointKind } from "./constants.js";
import { asFormError, fieldError } from "./errors.js";
import { checkForm } from "./form.js";

/**
 * `POST requests`: files a case on channel `open311` with the key as its actor. The compound is
 * `address_id` (a compound id), else the nearest compound within 2 km of `lat`/`long`, else one
 * whose name or address appears in `address_string`; a region-scoped key finds only compounds in
 * its subtree. `phone` (with `first_name`/`last_name`) becomes the reporter, `media_url` a photo.
 */
export async function submitOpen311Request(
  ctx: TenantServiceContext,
  fields: Record<string, string>,
  options: { endpoint?: Open311EndpointKind } = {},
): Promise<Open311RequestCreated> {
  const { deps, tenant } = ctx;
  try {
    return await withTenantDb(deps, tenant.id, async (tx) => {
      const reach = await reachOf(tx, ctx);
      if (reach.kind !== "county" && reach.kind !== "region") {
        throw new AppError("forbidden", "api_key: this key's region is not part of the county any more.", {
          errors: [{ path: "api_key", message: "The key's region is not part of the county any more." }],
        });
      }
      const mechanism = (await currentMechanism(tx, ctx)).document;
      const form = checkForm(fields, mechanism);

      let compound: CompoundRow | undefined;
      if (form.addressId) {
        compound = await compoundById(tx, tenant.id, reach, form.addressId);
        if (!compound) {
          throw fieldError("address_id", `'${form.addressId}' is not a compound id of this jurisdiction.`);
        }
      }
      if (!compound && form.point) compound = await nearestCompound(tx, tenant.id, reach, form.point);
      if (!compound && form.addressString) {
        compound = await compoundNamedIn(tx, tenant.id, reach, form.addressString);
      }
      if (!compound && form.addressString) {
        // A free-text address that names no compound: the 12345 desk routes it (GeoReport v2's token).
        const notice =
          "地址未能对应到小区，已转 12345 派单员分拨；凭 token 查询受理编号 / The address names no compound we know: the 12345 dispatcher routes it; poll tokens/{token} for the request id.";
        if (options.endpoint === "test") {
          return {
            token: `TEST-${newId("unroutedRequest").slice(4)}`,
            service_notice: notice,
            account_id: null,
          };
        }
        const held = await holdUnrouted(tx, ctx, {
          channel: "open311",
          category: form.category.code,
          description: form.description,
          addressText: form.addressString,
          point: form.point,
          photos: form.photos,
          reporter: form.reporter,
        });
        return { token: held.id, service_notice: notice, account_id: null };
      }
      if (!compound) {
        const where = form.point
          ? form.addressString
            ? `lies within ${NEAREST_COMPOUND_METRES / 1000} km of lat/long, and none is named in address_string`
            : `lies within ${NEAREST_COMPOUND_METRES / 1000} km of lat/long`
          : "is named in address_string";
        throw fieldError(
          form.point ? "lat" : "address_string",
          `No residential compound ${where}. Give address_id (a compound id), or the compound's name or address in address_string.`,
        );
      }

      if (options.endpoint === "test") {
        return {
          service_request_id: `TEST-${newId("case").slice(4)}`,
          service_notice: `测试端点：请求有效（小区 ${compound.name}），未受理、未保存 / Test endpoint: the request is valid (compound ${compound.name}); nothing was filed.`,
          account_id: null,
        };
      }
      const { row } = await fileCase(
        tx,
        ctx,
        {
          category: form.category.code,
          compoundId: compound.id,
          description: form.description,
          location:
            form.addressString || form.point
              ? {
                  ...(form.addressString ? { text: form.addressString } : {}),
                  ...(form.point ? form.point : {}),
                }
              : undefined,
          photos: form.photos,
          reporter: form.reporter,
          channel: "open311",
        },
        { reach, actor: caseActorOf(ctx), mechanism },
      );
      await audit(tx, ctx, tenant.id, {
        action: "case.create",
        targetType: "case",
        targetId: row.id,
        after: {
          number: row.number,
          category: row.category,
          compoundId: row.compoundId,
          channel: row.channel,
        },
      });
      const due = open311Time(row.firstContactDueAt, tenant.timezone);
      return {
        service_request_id: row.number,
        service_notice: `已受理，编号 ${row.number}，社区首次联系时限 ${due} / Received as ${row.number}; the community makes first contact by ${due}.`,
        account_id: null,
      };
    });
  } catch (error) {
    throw asFormError(error);
  }
}
