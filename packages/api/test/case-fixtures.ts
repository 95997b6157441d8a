import { departments, withTenant } from "@propgov/db";
import { and, eq } from "drizzle-orm";
import type { Harness, SeededTenant } from "./harness.js";
import { anhuiRoster, seedDepartments, seedGrid, setCompoundGuarantor } from "./mechanism-fixtures.js";
import { seedWorld, type World } from "./registry-fixtures.js";

/**
 * A county where cases can run: the registry world of registry-fixtures (城关街道 → 城南社区 →
 * 阳光花园 / 幸福里; 立仓镇 → 立仓社区 → 立仓小区), every department of the anhui-3338 roster,
 * and a grid with a guarantor in 阳光花园. The tenant's mechanism is the default anhui-3338
 * preset, so `serviceQuality` (complaint; housingCentre; 2 h / 2 h / 5 days) and
 * `illegalConstruction` (violation; urbanManagement + naturalResources; 2 h / 4 h / 7 working days)
 * are categories.
 */
export async function seedCaseWorld(h: Harness, tenant: SeededTenant = h.ours) {
  const world: World = await seedWorld(h, tenant);
  await seedDepartments(h, tenant, anhuiRoster);
  const departmentIds = Object.fromEntries(
    await withTenant(h.deps.db.db, tenant.id, async (tx) =>
      (
        await tx
          .select({ id: departments.id, code: departments.code })
          .from(departments)
          .where(and(eq(departments.tenantId, tenant.id)))
      ).map((d) => [d.code, d.id] as const),
    ),
  ) as Record<string, string>;
  const grid = await seedGrid(h, tenant, world.sunshine, "1号楼网格", "王网格员");
  await setCompoundGuarantor(h, tenant, world.sunshine, "李包保");
  return { ...world, grid, departmentIds };
}
export type CaseWorld = Awaited<ReturnType<typeof seedCaseWorld>>;

/** A valid staff body for `POST /cases`. */
export const caseBody = (world: CaseWorld, overrides: Record<string, unknown> = {}) => ({
  category: "serviceQuality",
  compoundId: world.sunshine,
  description: "3号楼电梯坏了三天，物业没人来修。",
  reporter: { name: "张三", phone: "13812345678" },
  channel: "hotline12345",
  ...overrides,
});

/** Files a case as `token` and returns its body. */
export async function fileCaseVia(
  h: Harness,
  tenant: SeededTenant,
  token: string,
  body: Record<string, unknown>,
) {
  const res = await h.request("POST", `/v1/tenants/${tenant.slug}/cases`, { token, body });
  if (res.status !== 201) throw new Error(`case create failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
