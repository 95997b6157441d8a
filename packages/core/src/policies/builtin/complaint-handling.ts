import { z } from "zod";
import type { Deadlines } from "../../mechanism/schema.js";
import { definePolicy } from "../define.js";
import { addDays, addHours } from "../time.js";
import type { Effect } from "../types.js";

const rate = z.number().min(0).max(1);

export const complaintHandlingConfigSchema = z
  .object({
    /**
     * Deadlines for a case whose category the mechanism does not list (a category's own
     * `deadlines` win). 第一时间由社区联系问题反映人员: first contact within 2 hours.
     */
    firstContactHours: z.number().positive().max(720).default(2),
    /** 属地吹哨、部门报到: a whistled department checks in within this many hours. */
    checkInHours: z.number().positive().max(720).default(2),
    resolutionDays: z.number().int().min(1).max(365).default(7),
    workingDays: z.boolean().default(false),
    /** A dissatisfied rating reopens the case. */
    reopenOnDissatisfaction: z.boolean().default(true),
    /** A new report on a resolved case reopens it within this many days of its resolution. */
    reopenWindowDays: z.number().int().min(0).max(365).default(30),
    /** The three rates (三率) a county aims at, per period. */
    targets: z
      .object({
        responseRate: rate.default(1),
        resolutionRate: rate.default(0.95),
        satisfactionRate: rate.default(0.9),
      })
      .strict()
      .prefault({}),
  })
  .strict();
export type ComplaintHandlingConfig = z.infer<typeof complaintHandlingConfigSchema>;

const receivedSchema = z.object({ category: z.string().nullable().optional().catch(null) });
const whistledSchema = z.object({
  category: z.string().nullable().optional().catch(null),
  departments: z.array(z.string()).catch([]).default([]),
});

export const complaintHandling = definePolicy({
  id: "complaintHandling",
  title: { zh: "投诉即办制度", en: "Complaints handled at once" },
  description: {
    zh: "实行属地接诉即办：第一时间由社区联系问题反映人员，能解决的即时解决；不能解决的，落实“属地吹哨、部门报到”，部门限时报到，按类别限时办结；考核响应率、解决率、满意率。",
    en: "The community contacts whoever raised a case at once and resolves it on the spot, or whistles the departments, which check in within a deadline; each category has a resolution deadline; response, resolution and satisfaction rates are measured.",
  },
  configSchema: complaintHandlingConfigSchema,
  // Cases arrive in a later issue: nothing to judge yet, so no findings.
  evaluates: [],
  evaluate: () => [],

  /**
   * `case.received` → obligations: first contact and resolution, due by the category's deadlines.
   * `case.whistled` (payload `departments`: roster codes) → an obligation on each department to
   * check in.
   */
  on(event, view, config, { mechanism }): Effect[] {
    const deadlinesOf = (category: string | null | undefined): Deadlines =>
      mechanism.categories.find((c) => c.code === category)?.deadlines ?? config;

    if (event.type === "case.received") {
      const payload = receivedSchema.safeParse(event.payload);
      const d = deadlinesOf(payload.success ? payload.data.category : null);
      return [
        {
          type: "obligation",
          subject: event.subject,
          what: {
            zh: `社区在${d.firstContactHours}小时内联系反映人`,
            en: `The community contacts the person who raised it within ${d.firstContactHours} h`,
          },
          dueAt: addHours(event.at, d.firstContactHours),
        },
        {
          type: "obligation",
          subject: event.subject,
          what: {
            zh: `${d.resolutionDays}个${d.workingDays ? "工作日" : "自然日"}内办结`,
            en: `Resolved within ${d.resolutionDays} ${d.workingDays ? "working days" : "days"}`,
          },
          dueAt: addDays(event.at, d.resolutionDays, d.workingDays, view.tenant.timezone),
        },
      ];
    }

    if (event.type === "case.whistled") {
      const payload = whistledSchema.safeParse(event.payload);
      if (!payload.success) return [];
      const d = deadlinesOf(payload.data.category);
      return payload.data.departments.map((code): Effect => {
        const department = view.departments.find((x) => x.code === code);
        const name = department?.name ?? { zh: code, en: code };
        return {
          type: "obligation",
          subject: { type: "department", id: department?.id ?? code, name: name.zh },
          what: {
            zh: `${name.zh}在${d.checkInHours}小时内报到（${event.subject.name}）`,
            en: `${name.en} checks in within ${d.checkInHours} h (${event.subject.name})`,
          },
          dueAt: addHours(event.at, d.checkInHours),
        };
      });
    }
    return [];
  },
});
