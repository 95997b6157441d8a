import { Alert, App, Button, Checkbox, DatePicker, Form, Input, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useEffect, useState } from "react";
import { useNavigate } from "react-router";
import { type CreateMeeting, useCreateMeeting, useMeetingUnits } from "../../api/meetings";
import { showProblem } from "../../api/problems";
import { RefSelect } from "../../components/RefSelect";
import { useI18n } from "../../i18n/i18n";
import { matterLabel, matters, meetingKindLabel, meetingLevelLabel, unitTypeLabel } from "../tasks/labels";

type Level = CreateMeeting["level"];

interface Values {
  title: string;
  level: Level;
  kind: CreateMeeting["kind"];
  unitId?: string;
  convenedBy?: string;
  scheduledAt?: Dayjs;
  participants?: string[];
  topic?: string;
  matter: string;
}

const pickerKind = { township: "township", community: "community", compound: "compound" } as const;

/** Planning a meeting: where, what kind, convened by which party organisation, who takes part, the agenda. */
export default function NewMeeting() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const create = useCreateMeeting();
  const level: Level = Form.useWatch("level", form) ?? "compound";
  const unitId = Form.useWatch("unitId", form);
  const units = useMeetingUnits(level, unitId);
  const options = units.data ?? [];
  // Everyone around the place is invited, and its first party organisation convenes, until changed.
  useEffect(() => {
    if (!units.data) return;
    form.setFieldsValue({
      participants: units.data.map((u) => u.value),
      convenedBy: units.data.find((u) => u.unitType === "partyOrg")?.value,
    });
  }, [units.data, form]);

  async function submit(v: Values) {
    setBanner(null);
    try {
      const meeting = await create.mutateAsync({
        title: v.title,
        level: v.level,
        kind: v.kind,
        ...(v.level === "compound" ? { compoundId: v.unitId } : { regionId: v.unitId }),
        convenedBy: v.convenedBy ?? "",
        scheduledAt: v.scheduledAt?.toISOString() ?? "",
        participants: (v.participants ?? []).map((id) => ({
          unitType: options.find((o) => o.value === id)?.unitType ?? "partyOrg",
          unitId: id,
          attended: false,
        })),
        agenda: v.topic?.trim() ? [{ topic: v.topic.trim(), matter: v.matter }] : [],
      } as CreateMeeting);
      message.success(`${t("newMeeting")} · ${t("done")}`);
      navigate(`/work/meetings/${meeting.id}`);
    } catch (error) {
      const fields = ["title", "kind", "compoundId", "regionId", "convenedBy", "scheduledAt"];
      setBanner(
        showProblem(form, error, fields, t, pick, undefined, { compoundId: "unitId", regionId: "unitId" }),
      );
    }
  }

  const required = [{ required: true, message: t("errRequired") }];
  return (
    <div className="work-page duty-page">
      <Typography.Title level={3}>{t("newMeeting")}</Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ level: "compound", kind: "majorMatter", matter: "fee" }}
        onFinish={submit}
        data-testid="new-meeting-form"
        className="duty-form"
      >
        {banner && <Alert type="error" showIcon message={banner} style={{ marginBottom: 12 }} />}
        <Form.Item name="title" label={t("meetingTitle")} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="kind" label={t("meetingKind")}>
          <Select
            aria-label={t("meetingKind")}
            options={(["majorMatter", "jointConsultation", "disputeMediation"] as const).map((k) => ({
              value: k,
              label: meetingKindLabel(t, k),
            }))}
          />
        </Form.Item>
        <Form.Item name="level" label={t("meetingLevel")}>
          <Select
            aria-label={t("meetingLevel")}
            onChange={() =>
              form.setFieldsValue({ unitId: undefined, participants: [], convenedBy: undefined })
            }
            options={(["compound", "community", "township"] as const).map((l) => ({
              value: l,
              label: meetingLevelLabel(t, l),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={level === "compound" ? t("meetingCompound") : t("meetingRegion")}
          htmlFor="meeting-unit"
          rules={required}
        >
          <RefSelect
            id="meeting-unit"
            kind={pickerKind[level]}
            aria-label={level === "compound" ? t("meetingCompound") : t("meetingRegion")}
          />
        </Form.Item>
        <Form.Item name="convenedBy" label={t("convenedBy")} rules={required}>
          <Select
            aria-label={t("convenedBy")}
            loading={units.isFetching}
            options={options.filter((o) => o.unitType === "partyOrg")}
          />
        </Form.Item>
        <Form.Item name="scheduledAt" label={t("scheduledAt")} rules={required}>
          <DatePicker showTime={{ format: "HH:mm" }} format="YYYY-MM-DD HH:mm" style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="participants" label={t("participants")}>
          <Checkbox.Group
            className="duty-checks"
            options={options.map((o) => ({
              value: o.value,
              label: `${o.label}（${unitTypeLabel(t, o.unitType)}）`,
            }))}
          />
        </Form.Item>
        <Form.Item name="topic" label={t("agendaTopic")}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="matter" label={t("matter")}>
          <Select
            aria-label={t("matter")}
            options={matters.map((m) => ({ value: m, label: matterLabel(t, m) }))}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={create.isPending} block>
          {t("submit")}
        </Button>
      </Form>
    </div>
  );
}
