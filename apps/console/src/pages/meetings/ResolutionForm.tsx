import { isPropgovError } from "@propgov/sdk";
import { Alert, App, Button, DatePicker, Form, Input, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { type MeetingWithResolutions, type Resolution, useAddResolutions } from "../../api/meetings";
import { showProblem } from "../../api/problems";
import { useI18n } from "../../i18n/i18n";
import { matterLabel, matters, unitTypeLabel } from "../tasks/labels";

interface Values {
  text: string;
  matter: string;
  owner?: string;
  dueOn?: Dayjs;
}

const ownerTypes = new Set(["region", "department", "company", "committee"]);

/**
 * Recording a resolution of a held meeting; it becomes a task of the unit that carries it out.
 * When a policy's guard refuses it (the party-leadership rule), its reason shows as it came.
 */
export function ResolutionForm({ meeting, onClose }: { meeting: MeetingWithResolutions; onClose(): void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<{ text: string; guard: boolean } | null>(null);
  const add = useAddResolutions(meeting.id);
  const owners = meeting.participants.filter((p) => ownerTypes.has(p.unitType));

  async function submit(v: Values) {
    setBanner(null);
    const owner = owners.find((p) => p.unitId === v.owner);
    try {
      await add.mutateAsync([
        {
          text: v.text,
          matter: v.matter,
          ownerUnit: { unitType: owner?.unitType, unitId: owner?.unitId ?? "" },
          dueOn: v.dueOn?.format("YYYY-MM-DD") ?? "",
        } as Resolution,
      ]);
      message.success(`${t("addResolution")} · ${t("done")}`);
      onClose();
    } catch (error) {
      const guard = isPropgovError(error) && error.problem?.reason === "policy_guard";
      const text = showProblem(form, error, ["text", "matter", "dueOn"], t, pick, undefined, {
        "resolutions.0.text": "text",
        "resolutions.0.dueOn": "dueOn",
      });
      setBanner(text ? { text, guard } : null);
    }
  }

  const required = [{ required: true, message: t("errRequired") }];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ matter: meeting.agenda[0]?.matter ?? "other", owner: owners[0]?.unitId }}
      data-testid="resolution-form"
    >
      {banner && (
        <Alert
          type="error"
          showIcon
          message={banner.guard ? t("guardRefused") : undefined}
          description={banner.text}
          style={{ marginBottom: 12 }}
          data-testid={banner.guard ? "guard-refusal" : "action-error"}
        />
      )}
      <Form.Item name="text" label={t("resolutionText")} rules={required}>
        <Input.TextArea rows={4} maxLength={2000} />
      </Form.Item>
      <Form.Item name="matter" label={t("matter")}>
        <Select
          aria-label={t("matter")}
          options={matters.map((m) => ({ value: m, label: matterLabel(t, m) }))}
        />
      </Form.Item>
      <Form.Item name="owner" label={t("resolutionOwner")} rules={required}>
        <Select
          aria-label={t("resolutionOwner")}
          options={owners.map((p) => ({
            value: p.unitId,
            label: `${p.name}（${unitTypeLabel(t, p.unitType)}）`,
          }))}
        />
      </Form.Item>
      <Form.Item name="dueOn" label={t("resolutionDue")} rules={required}>
        <DatePicker style={{ width: "100%" }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={add.isPending} block>
        {t("submit")}
      </Button>
    </Form>
  );
}
