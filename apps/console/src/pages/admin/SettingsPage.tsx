import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Input, InputNumber, Spin, Typography } from "antd";
import { useState } from "react";
import { client } from "../../api/client";
import { errorText, fieldPath } from "../../api/errors";
import { useI18n } from "../../i18n/i18n";

interface Values {
  caseNumberPrefix?: string;
  allowedOrigins: string;
  privacyUrl?: string;
  intake: number;
  reads: number;
}

/** Maps the API's field paths (`body.allowedOrigins.1`, `body.publicIntake.perMinute`) to this form's fields. */
function formField(path: string): keyof Values | null {
  const [head] = fieldPath(path);
  if (head === "allowedOrigins") return "allowedOrigins";
  if (head === "publicIntake") return "intake";
  if (head === "publicReads") return "reads";
  if (head === "caseNumberPrefix" || head === "privacyUrl") return head;
  return null;
}

/** County settings: the origins allowed to embed the widgets, and the public intake limits. */
export default function SettingsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const settings = useQuery({
    queryKey: ["settings"],
    queryFn: () => client.GET("/v1/tenants/{tenant}/settings"),
  });
  const save = useMutation({
    mutationFn: (v: Values) =>
      client.PUT("/v1/tenants/{tenant}/settings", {
        body: {
          ...(v.caseNumberPrefix?.trim() ? { caseNumberPrefix: v.caseNumberPrefix.trim() } : {}),
          ...(v.privacyUrl?.trim() ? { privacyUrl: v.privacyUrl.trim() } : {}),
          allowedOrigins: v.allowedOrigins
            .split(/\s+/)
            .map((o) => o.trim())
            .filter((o) => o !== ""),
          publicIntake: { perMinute: v.intake },
          publicReads: { perMinute: v.reads },
          // PUT replaces the settings: the webhook allow-list is not on this form, so it is kept.
          outbound: settings.data?.outbound ?? { allowedHosts: [] },
        },
      }),
    onSuccess: (next) => {
      queryClient.setQueryData(["settings"], next);
      message.success(t("saved"));
    },
    onError: (error: unknown) => {
      const e = error as { errors?: { path: string; message: string }[] };
      const unplaced: string[] = [];
      const byField = new Map<keyof Values, string[]>();
      for (const { path, message: text } of e.errors ?? []) {
        const name = formField(path);
        if (!name) unplaced.push(`${path}: ${text}`);
        else byField.set(name, [...(byField.get(name) ?? []), `${path.replace(/^body\./, "")}: ${text}`]);
      }
      form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
      setBanner(e.errors?.length ? unplaced : [errorText(error)]);
    },
  });
  if (settings.isPending) return <Spin />;
  if (settings.isError) return <Alert type="error" showIcon title={errorText(settings.error)} />;
  const s = settings.data;
  return (
    <div className="page">
      <Typography.Title level={4}>{t("settings")}</Typography.Title>
      <Card size="small" style={{ maxWidth: 720 }} data-testid="settings-form">
        {banner.length > 0 && (
          <Alert type="error" showIcon title={banner.join("；")} style={{ marginBottom: 12 }} />
        )}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{
            caseNumberPrefix: s.caseNumberPrefix ?? "",
            privacyUrl: s.privacyUrl ?? "",
            allowedOrigins: s.allowedOrigins.join("\n"),
            intake: s.publicIntake.perMinute,
            reads: s.publicReads.perMinute,
          }}
          onFinish={(v) => {
            setBanner([]);
            save.mutate(v);
          }}
        >
          <Form.Item name="allowedOrigins" label={t("allowedOrigins")} extra={t("allowedOriginsHelp")}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item
            name="intake"
            label={t("intakePerMinute")}
            rules={[{ required: true, message: t("required") }]}
          >
            <InputNumber min={1} max={10000} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item
            name="reads"
            label={t("readsPerMinute")}
            rules={[{ required: true, message: t("required") }]}
          >
            <InputNumber min={1} max={10000} style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="caseNumberPrefix" label={t("caseNumberPrefix")}>
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="privacyUrl" label={t("privacyUrl")}>
            <Input />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t("save")}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
