import { useQuery } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Input, List, Radio, Select, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { client } from "../../api/client";
import { showProblem, statusLabel } from "../../api/problems";
import { listCases, uploadCasePhoto, useCategories } from "../../api/work";
import { PhotoPicker } from "../../components/PhotoPicker";
import { RefSelect } from "../../components/RefSelect";
import { useI18n } from "../../i18n/i18n";
import { channelLabel, priorityLabel } from "./labels";

interface Values {
  compoundId?: string;
  category?: string;
  description?: string;
  location?: string;
  reporterName?: string;
  reporterPhone?: string;
  channel: "walkIn" | "hotline12345";
  priority: "normal" | "urgent" | "emergency";
}

/** Open cases of the compound in the category: the one the caller may be repeating. */
function useDuplicates(compoundId: string | undefined, category: string | undefined) {
  return useQuery({
    queryKey: ["cases", "duplicates", compoundId ?? null, category ?? null],
    enabled: !!compoundId && !!category,
    queryFn: async () => (await listCases({ compoundId, category, open: "true", limit: 20 })).items,
  });
}

export default function FileCase() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const categories = useCategories();
  const compoundId = Form.useWatch("compoundId", form);
  const category = Form.useWatch("category", form);
  const duplicates = useDuplicates(compoundId, category);

  async function submit(v: Values) {
    setBanner(null);
    setBusy(true);
    try {
      const reporter =
        v.reporterName || v.reporterPhone
          ? { reporter: { name: v.reporterName?.trim() ?? "", phone: v.reporterPhone?.trim() ?? "" } }
          : {};
      const created = await client.POST("/v1/tenants/{tenant}/cases", {
        body: {
          category: v.category ?? "",
          compoundId: v.compoundId ?? "",
          description: v.description?.trim() ?? "",
          ...(v.location?.trim() ? { location: { text: v.location.trim() } } : {}),
          ...reporter,
          channel: v.channel,
          priority: v.priority,
        } as never,
      });
      for (const file of files) await uploadCasePhoto(created.id, file, "intake");
      message.success(`${t("caseFiled")} ${created.number}`);
      navigate(`/work/cases/${created.id}`);
    } catch (error) {
      const names = ["compoundId", "category", "description", "location", "reporter.name", "reporter.phone"];
      const text = showProblem(form, error, names, t, pick, undefined, {
        "reporter.name": "reporterName",
        "reporter.phone": "reporterPhone",
      });
      setBanner(text);
    } finally {
      setBusy(false);
    }
  }

  const required = [{ required: true, message: t("errRequired") }];
  return (
    <div className="work-page">
      <div className="work-page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("fileCase")}
        </Typography.Title>
      </div>
      <Card size="small">
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ channel: "walkIn", priority: "normal" }}
          onFinish={submit}
          data-testid="file-case-form"
        >
          {banner && <Alert type="error" showIcon message={banner} style={{ marginBottom: 12 }} />}
          <Form.Item name="channel" label={t("channel")}>
            <Radio.Group
              optionType="button"
              options={(["walkIn", "hotline12345"] as const).map((c) => ({
                value: c,
                label: channelLabel(t, c),
              }))}
            />
          </Form.Item>
          <Form.Item name="compoundId" label={t("compoundPicker")} rules={required}>
            <RefSelect kind="compound" aria-label={t("compoundPicker")} placeholder={t("compoundSearch")} />
          </Form.Item>
          <Form.Item name="category" label={t("category")} rules={required}>
            <Select
              aria-label={t("category")}
              showSearch={{ optionFilterProp: "label" }}
              loading={categories.isPending}
              options={(categories.data ?? []).map((k) => ({ value: k.code, label: pick(k.name) }))}
            />
          </Form.Item>
          {compoundId && category && (
            <Alert
              data-testid="duplicates"
              type={duplicates.data?.length ? "warning" : "info"}
              showIcon
              style={{ marginBottom: 16 }}
              message={duplicates.data?.length ? t("possibleDuplicates") : t("noDuplicates")}
              description={
                duplicates.data?.length ? (
                  <List
                    size="small"
                    dataSource={duplicates.data}
                    renderItem={(c) => (
                      <List.Item>
                        <Link to={`/work/cases/${c.id}`}>{c.number}</Link>{" "}
                        <Tag>{statusLabel(t, c.status)}</Tag>
                        <Typography.Text ellipsis style={{ maxWidth: "100%" }}>
                          {c.description}
                        </Typography.Text>
                      </List.Item>
                    )}
                  />
                ) : undefined
              }
            />
          )}
          <Form.Item name="description" label={t("description")} rules={required}>
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="location" label={t("location")}>
            <Input />
          </Form.Item>
          <Form.Item name="reporterName" label={t("reporterName")}>
            <Input autoComplete="off" />
          </Form.Item>
          <Form.Item name="reporterPhone" label={t("reporterPhone")}>
            <Input inputMode="tel" autoComplete="off" />
          </Form.Item>
          <Form.Item name="priority" label={t("priority")}>
            <Radio.Group
              optionType="button"
              options={(["normal", "urgent", "emergency"] as const).map((p) => ({
                value: p,
                label: priorityLabel(t, p),
              }))}
            />
          </Form.Item>
          <Form.Item label={t("photos")} htmlFor="intake-photos">
            <PhotoPicker id="intake-photos" files={files} onChange={setFiles} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} block size="large">
            {t("submit")}
          </Button>
        </Form>
      </Card>
    </div>
  );
}
