import { z } from "@hono/zod-openapi";
import {
  deadlineKinds,
  escalationLevels,
  type NotificationEventType,
  notificationEventLabels,
  notificationEventTypes,
} from "@propgov/core";
import type { Router } from "../../router.js";

const caseData = z
  .object({
    caseId: z.string(),
    number: z.string().openapi({ example: "MC-2026-000123" }),
    eventId: z.string().openapi({ description: "The case timeline entry (`cev_…`)." }),
    kind: z.string(),
    category: z.string(),
    status: z.string(),
    priority: z.string(),
    round: z.number().int(),
    compoundId: z.string(),
    communityId: z.string(),
    firstContactDueAt: z.string().nullable(),
    resolutionDueAt: z.string().nullable(),
    externalNumber: z.string().nullable().openapi({ description: "The 12345 ticket number, if any." }),
    departmentCodes: z.array(z.string()).optional().openapi({
      description: "Whistled departments (case.whistled); the acting one (case.checked_in, case.completed).",
    }),
    departmentId: z.string().optional().openapi({
      description: "The department that checked in or completed (case.checked_in, case.completed).",
    }),
    withinDeadline: z
      .boolean()
      .optional()
      .openapi({ description: "case.checked_in: whether it checked in before its deadline." }),
    outcome: z.string().optional().openapi({ description: "case.completed: the department's outcome." }),
    rating: z.string().optional(),
    reason: z.string().optional(),
  })
  .openapi("CaseEventData", {
    description: "A case event. Never the reporter's name or phone.",
  });

const taskData = z
  .object({
    taskId: z.string(),
    title: z.string(),
    status: z.string(),
    dueOn: z.string(),
    ownerUnit: z.object({ unitType: z.string(), unitId: z.string() }),
    reason: z.string().optional(),
  })
  .openapi("TaskEventData");

const deadlineFields = {
  deadline: z.enum(deadlineKinds).openapi({ description: "The deadline the notice is about." }),
  dueAt: z.string().openapi({ description: "When it falls due (ISO 8601)." }),
  notice: z
    .string()
    .openapi({ description: "`dueSoon`, `overdue`, `escalated:township` or `escalated:county`." }),
};

const caseDeadlineData = z
  .object({
    caseId: z.string(),
    number: z.string().openapi({ example: "MC-2026-000123" }),
    category: z.string(),
    priority: z.string(),
    status: z.string(),
    compoundId: z.string(),
    communityId: z.string(),
    externalNumber: z.string().nullable(),
    ...deadlineFields,
    unitId: z
      .string()
      .optional()
      .openapi({ description: "The department (check-in) or unit (acknowledgement) whose deadline it is." }),
    unitType: z.string().optional(),
    escalatedTo: z
      .object({
        level: z.enum(escalationLevels),
        regionId: z.string().nullable(),
        regionName: z.string().nullable(),
      })
      .optional()
      .openapi({
        description: "case.escalated: the level it climbs to (逐级督办); the county has no region id.",
      }),
  })
  .openapi("CaseDeadlineEventData", {
    description:
      "A reminder, overdue notice or escalation from the scheduler. Never the reporter's name or phone.",
  });

const taskDeadlineData = z
  .object({
    taskId: z.string(),
    title: z.string(),
    status: z.string(),
    dueOn: z.string(),
    ownerUnit: z.object({ unitType: z.string(), unitId: z.string() }),
    ...deadlineFields,
  })
  .openapi("TaskDeadlineEventData");

const recordData = (name: string, idKey: string, fields: Record<string, z.ZodTypeAny>) =>
  z
    .object({ [idKey]: z.string().nullable(), ...fields })
    .catchall(z.unknown())
    .openapi(name);

const meetingData = recordData("MeetingEventData", "meetingId", {
  title: z.string().optional(),
  kind: z.string().optional(),
  status: z.string().optional(),
  scheduledAt: z.string().optional(),
});
const resolutionData = recordData("MeetingResolutionEventData", "meetingResolutionId", {
  meetingId: z.string().optional(),
  matter: z.string().optional(),
  dueOn: z.string().optional(),
  taskId: z.string().optional(),
});
const evaluationData = recordData("EvaluationEventData", "evaluationId", {
  period: z.string().optional(),
  findingCount: z.number().int().optional(),
  bySeverity: z.record(z.string(), z.number()).optional(),
});
const assessmentData = recordData("AssessmentEventData", "assessmentId", {
  title: z.string().optional(),
  period: z.string().optional(),
  status: z.string().optional(),
});
const creditData = recordData("CreditRecordEventData", "creditRecordId", {
  companyId: z.string().optional(),
  kind: z.string().optional(),
  category: z.string().optional(),
  points: z.number().optional(),
  effectiveOn: z.string().optional(),
});
const testData = z.object({ webhookId: z.string(), message: z.string() }).openapi("WebhookTestData");

export function dataSchemaOf(type: NotificationEventType): z.ZodTypeAny {
  if (type === "case.due_soon" || type === "case.overdue" || type === "case.escalated")
    return caseDeadlineData;
  if (type === "task.due_soon" || type === "task.overdue") return taskDeadlineData;
  if (type.startsWith("case.")) return caseData;
  if (type.startsWith("task.")) return taskData;
  if (type === "meeting.planned") return meetingData;
  if (type === "meeting.resolved") return resolutionData;
  if (type === "evaluation.findings") return evaluationData;
  if (type === "assessment.published") return assessmentData;
  if (type === "credit.recorded") return creditData;
  return testData;
}

const pascal = (type: string) =>
  type
    .split(/[._]/)
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join("");

const headers = z.object({
  "webhook-id": z.string().openapi({
    description: "The message id (`msg_…`), the same on every retry.",
    example: "msg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
  }),
  "webhook-timestamp": z
    .string()
    .openapi({ description: "Seconds since the epoch when this attempt was signed.", example: "1764144000" }),
  "webhook-signature": z.string().openapi({
    description:
      'Space-separated `v1,<base64 HMAC-SHA256(secret, "<webhook-id>.<webhook-timestamp>.<body>")>`, the secret being the base64 after `whsec_`; two during a secret rotation. Reject a timestamp outside your replay window (5 minutes).',
  }),
});

/**
 * Writes each event type to the OpenAPI document's `webhooks` section: the envelope
 * `{ id, type, timestamp, tenant, data }` with the type's own `data`, and the signature headers.
 */
export function registerWebhookPayloads(app: Router) {
  for (const type of notificationEventTypes) {
    const label = notificationEventLabels[type];
    const payload = z
      .object({
        id: z.string().openapi({ description: "The message id, as in `webhook-id`." }),
        type: z.literal(type),
        timestamp: z.string().openapi({ description: "When the event happened (ISO 8601)." }),
        tenant: z.string().openapi({ description: "The county's slug.", example: "mengcheng" }),
        data: dataSchemaOf(type),
      })
      .openapi(`${pascal(type)}Webhook`);
    app.openAPIRegistry.registerWebhook({
      method: "post",
      path: type,
      operationId: `webhook_${type.replace(".", "_")}`,
      summary: `${label.zh} · ${label.en}`,
      tags: ["webhooks"],
      request: { headers, body: { content: { "application/json": { schema: payload } }, required: true } },
      responses: {
        200: {
          description:
            "Any 2xx acknowledges the message; anything else (or no answer in time) is retried with backoff.",
        },
      },
    });
  }
}
