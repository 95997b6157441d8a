import type { Schema } from "@propgov/sdk";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Checkbox, Form, Input, Radio, Space, Spin, Typography } from "antd";
import { useState } from "react";
import { client } from "../../api/client";
import { usePreferences } from "../../api/notifications";
import { problemText, showProblem } from "../../api/problems";
import { useI18n } from "../../i18n/i18n";

type Preferences = Schema<"NotificationPreferences">;
type EventType = Exclude<Preferences["eventTypes"], "all">[number];

const eventLabels: Record<EventType, { zh: string; en: string }> = {
  "case.filed": { zh: "新案件", en: "Case filed" },
  "case.dispatched": { zh: "派单", en: "Case dispatched" },
  "case.whistled": { zh: "吹哨", en: "Case whistled" },
  "case.checked_in": { zh: "部门报到", en: "Department checked in" },
  "case.completed": { zh: "部门办理完成", en: "Department completed" },
  "case.returned": { zh: "退单", en: "Case returned" },
  "case.reassigned": { zh: "改派", en: "Case reassigned" },
  "case.resolved": { zh: "办结", en: "Case resolved" },
  "case.rated": { zh: "评价", en: "Case rated" },
  "case.closed": { zh: "结案", en: "Case closed" },
  "case.reopened": { zh: "重办", en: "Case reopened" },
  "case.due_soon": { zh: "案件即将到期", en: "Case due soon" },
  "case.overdue": { zh: "案件超期", en: "Case overdue" },
  "case.escalated": { zh: "案件升级督办", en: "Case escalated" },
  "task.issued": { zh: "任务下达", en: "Task issued" },
  "task.sent_back": { zh: "任务退回", en: "Task sent back" },
  "task.verified": { zh: "任务验收", en: "Task verified" },
  "task.due_soon": { zh: "任务即将到期", en: "Task due soon" },
  "task.overdue": { zh: "任务超期", en: "Task overdue" },
  "meeting.planned": { zh: "会议安排", en: "Meeting planned" },
  "meeting.resolved": { zh: "会议决议", en: "Meeting resolution" },
  "evaluation.findings": { zh: "评估问题", en: "Evaluation findings" },
  "assessment.published": { zh: "考核发布", en: "Assessment published" },
  "credit.recorded": { zh: "信用记录", en: "Credit record" },
  "webhook.test": { zh: "测试消息", en: "Test message" },
};

interface Values {
  emailEnabled: boolean;
  emailAddress: string;
  smsEnabled: boolean;
  smsPhone: string;
  all: boolean;
  eventTypes: EventType[];
  quietStart: string;
  quietEnd: string;
  locale: "zh" | "en";
}

const toValues = (p: Preferences): Values => ({
  emailEnabled: p.email.enabled,
  emailAddress: p.email.address ?? "",
  smsEnabled: p.sms.enabled,
  smsPhone: p.sms.phone ?? "",
  all: p.eventTypes === "all",
  eventTypes: p.eventTypes === "all" ? [] : p.eventTypes,
  quietStart: p.quietHours?.start ?? "",
  quietEnd: p.quietHours?.end ?? "",
  locale: p.locale,
});

const toBody = (v: Values) => ({
  email: { enabled: v.emailEnabled, address: v.emailAddress.trim() || null },
  sms: { enabled: v.smsEnabled, phone: v.smsPhone.trim() || null },
  eventTypes: v.all ? ("all" as const) : v.eventTypes,
  quietHours:
    v.quietStart.trim() && v.quietEnd.trim() ? { start: v.quietStart.trim(), end: v.quietEnd.trim() } : null,
  locale: v.locale,
});

export default function PreferencesPage() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const prefs = usePreferences();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const queryClient = useQueryClient();
  const all = Form.useWatch("all", form);
  const save = useMutation({
    mutationFn: (v: Values) =>
      client.PUT("/v1/auth/me/notification-preferences", { body: toBody(v) as never }),
    onSuccess: (data) => queryClient.setQueryData(["notifications", "preferences"], data),
  });
  if (prefs.isPending) return <Spin />;
  if (prefs.isError) return <Alert type="error" showIcon message={problemText(t, pick, prefs.error)} />;
  return (
    <div className="work-page">
      <div className="work-page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("notificationPreferences")}
        </Typography.Title>
      </div>
      <Card size="small">
        <Typography.Paragraph type="secondary">{t("inAppAlwaysOn")}</Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={toValues(prefs.data)}
          data-testid="preferences-form"
          onFinish={async (v) => {
            setBanner(null);
            try {
              await save.mutateAsync(v);
              message.success(t("saved"));
            } catch (error) {
              setBanner(
                showProblem(form, error, ["email", "sms", "quietHours"], t, pick, undefined, {
                  email: "emailAddress",
                  sms: "smsPhone",
                  quietHours: "quietStart",
                }),
              );
            }
          }}
        >
          {banner && <Alert type="error" showIcon message={banner} style={{ marginBottom: 12 }} />}
          <Space wrap align="start" className="prefs-row">
            <Form.Item name="emailEnabled" valuePropName="checked" label=" " colon={false}>
              <Checkbox>{t("emailEnabled")}</Checkbox>
            </Form.Item>
            <Form.Item name="emailAddress" label={t("emailAddress")}>
              <Input type="email" />
            </Form.Item>
          </Space>
          <Space wrap align="start" className="prefs-row">
            <Form.Item name="smsEnabled" valuePropName="checked" label=" " colon={false}>
              <Checkbox>{t("smsEnabled")}</Checkbox>
            </Form.Item>
            <Form.Item name="smsPhone" label={t("smsPhone")}>
              <Input inputMode="tel" />
            </Form.Item>
          </Space>
          <Form.Item name="all" valuePropName="checked" label={t("eventTypes")}>
            <Checkbox>{t("allEvents")}</Checkbox>
          </Form.Item>
          {!all && (
            <Form.Item name="eventTypes">
              <Checkbox.Group
                className="prefs-events"
                options={(Object.keys(eventLabels) as EventType[]).map((e) => ({
                  value: e,
                  label: pick(eventLabels[e]),
                }))}
              />
            </Form.Item>
          )}
          <Space wrap align="start" className="prefs-row">
            <Form.Item name="quietStart" label={`${t("quietHours")} · ${t("quietStart")}`}>
              <Input placeholder="22:00" />
            </Form.Item>
            <Form.Item name="quietEnd" label={t("quietEnd")}>
              <Input placeholder="07:00" />
            </Form.Item>
          </Space>
          <Form.Item name="locale" label={t("messageLanguage")}>
            <Radio.Group
              optionType="button"
              options={[
                { value: "zh", label: "中文" },
                { value: "en", label: "English" },
              ]}
            />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending} size="large">
            {t("save")}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
