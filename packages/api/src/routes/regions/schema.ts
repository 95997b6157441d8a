import { z } from "@hono/zod-openapi";
import { createRegionSchema, regionKinds, updateRegionSchema } from "@propgov/core";
import type { RegionTreeNode, RegionView } from "../../services/regions/view.js";
import { iso } from "../shared.js";

const labelJson = z.object({ zh: z.string(), en: z.string() });

const example = {
  id: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
  kind: "community",
  kindLabel: { zh: "社区", en: "Community" },
  parentId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  name: "东关社区",
  code: "341622001001",
  createdAt: "2026-11-26T08:00:00.000Z",
  updatedAt: "2026-11-26T08:00:00.000Z",
  archivedAt: null,
};

export const regionSchema = z
  .object({
    id: z.string(),
    kind: z.enum(regionKinds),
    kindLabel: labelJson,
    parentId: z.string().nullable(),
    name: z.string(),
    code: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    archivedAt: z.string().nullable(),
  })
  .openapi("Region", { example });

const treeExample = [
  {
    id: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    kind: "street",
    kindLabel: { zh: "街道", en: "Street (sub-district)" },
    name: "城关街道",
    code: "341622001",
    children: [
      {
        id: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A1",
        kind: "community",
        kindLabel: { zh: "社区", en: "Community" },
        name: "东关社区",
        code: "341622001001",
        children: [],
      },
    ],
  },
];

type TreeNodeJson = {
  id: string;
  kind: (typeof regionKinds)[number];
  kindLabel: { zh: string; en: string };
  name: string;
  code: string | null;
  children: TreeNodeJson[];
};

export const regionTreeNodeSchema: z.ZodType<TreeNodeJson> = z
  .lazy(() =>
    z.object({
      id: z.string(),
      kind: z.enum(regionKinds),
      kindLabel: labelJson,
      name: z.string(),
      code: z.string().nullable(),
      children: z.array(regionTreeNodeSchema),
    }),
  )
  .openapi("RegionTreeNode", { example: treeExample[0] });

export const regionTreeSchema = z.array(regionTreeNodeSchema).openapi("RegionTree", { example: treeExample });

// Core's schemas are built before zod gains `.openapi()`; `.meta()` carries the same metadata.
export const createRegionBody = createRegionSchema.meta({
  id: "CreateRegionRequest",
  example: {
    kind: "community",
    parentId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
    name: "东关社区",
    code: "341622001001",
  },
});

export const updateRegionBody = updateRegionSchema.meta({
  id: "UpdateRegionRequest",
  example: { name: "东关社区", parentId: "reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A2" },
});

export const regionJson = (r: RegionView) => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  updatedAt: r.updatedAt.toISOString(),
  archivedAt: iso(r.archivedAt),
});

export const regionTreeJson = (nodes: RegionTreeNode[]): TreeNodeJson[] => nodes;

/** Who reads the region tree: county staff and departments (companies and committees see compounds instead). */
export const regionReaders = ["countyAdmin", "regionStaff", "departmentOfficer"] as const;
/** Who changes it: county administrators anywhere, region staff under their own region. */
export const regionWriters = ["countyAdmin", "regionStaff"] as const;
