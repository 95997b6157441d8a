import { z } from "zod";
import { definePolicy } from "../define.js";
import { participantKinds } from "../participants.js";

export const meetingPeriods = ["month", "quarter", "year"] as const;

const cadence = (count: number, per: (typeof meetingPeriods)[number]) =>
  z
    .object({
      /** Meetings each unit of the level holds per period (0: none required). */
      count: z.number().int().min(0).max(31).default(count),
      per: z.enum(meetingPeriods).default(per),
    })
    .strict()
    .prefault({});

export const jointConsultationConfigSchema = z
  .object({
    /** Meeting cadence per level unit (township/street, community, compound); a level the mechanism lacks has no units. */
    meetings: z
      .object({
        township: cadence(1, "quarter"),
        community: cadence(1, "month"),
        compound: cadence(1, "quarter"),
      })
      .strict()
      .prefault({}),
    /** Who takes part in a joint consultation. */
    requiredParticipants: z
      .array(z.enum(participantKinds))
      .max(participantKinds.length)
      .default(["communityPartyOrg", "compoundBranch", "committee", "company"]),
    /** A resolution is followed up (落实反馈) within this many days. */
    followUpDays: z.number().int().min(1).max(365).default(30),
  })
  .strict();
export type JointConsultationConfig = z.infer<typeof jointConsultationConfigSchema>;

export const jointConsultation = definePolicy({
  id: "jointConsultation",
  title: { zh: "联席会商制度", en: "Joint consultation" },
  description: {
    zh: "乡镇(街道)、社区、小区按周期召开联席会议，社区党组织牵头，小区党支部、业主委员会、物业服务企业参加，协商议事、调处矛盾，决议限期落实。",
    en: "Townships, communities and compounds hold joint meetings on a cadence, convened by the community party organisation with the compound branch, the owners' committee and the company; resolutions are followed up within a deadline.",
  },
  configSchema: jointConsultationConfigSchema,
  // Meetings arrive in a later issue: nothing to judge yet, so no findings.
  evaluates: [],
  evaluate: () => [],
});
