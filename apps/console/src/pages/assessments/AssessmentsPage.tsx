import type { Schema } from "@propgov/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Form, Input, Modal, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import { client } from "../../api/client";
import { errorText, showFieldErrors } from "../../api/errors";
import { formatTime } from "../../components/Figures";
import { useI18n } from "../../i18n/i18n";
import { kindLabel, statusColor, statusLabel } from "./labels";
import { TemplatesTab } from "./TemplatesTab";

type Kind = "monthlyBulletin" | "quarterly" | "annual";
type Template = Schema<"AssessmentTemplateVersion">;

function NewDraftDialog({
  open,
  onClose,
  templates,
}: {
  open: boolean;
  onClose(): void;
  templates: Template[];
}) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<{ kind: Kind; period: string; templates?: string[] }>();
  const [banner, setBanner] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const create = useMutation({
    mutationFn: (v: { kind: Kind; period: string; templates?: string[] }) =>
      client.POST("/v1/tenants/{tenant}/assessments", {
        body: {
          kind: v.kind,
          period: v.period.trim(),
          ...(v.templates && v.templates.length > 0 ? { templates: v.templates } : {}),
        },
      }),
    onSuccess: (created) => {
      queryClient.invalidateQueries({ queryKey: ["assessments"] });
      onClose();
      navigate(`/assessments/${created.id}`);
    },
    onError: (error) => setBanner(showFieldErrors(form, error, [["kind"], ["period"], ["templates"]])),
  });
  return (
    <Modal
      open={open}
      title={t("newDraft")}
      onCancel={onClose}
      okText={t("create")}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {banner.length > 0 && (
        <Alert type="error" showIcon title={banner.join("；")} style={{ marginBottom: 12 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: "monthlyBulletin" }}
        onFinish={(v) => {
          setBanner([]);
          create.mutate(v);
        }}
      >
        <Form.Item name="kind" label={t("kind")} rules={[{ required: true, message: t("required") }]}>
          <Select
            options={(Object.keys(kindLabel) as Kind[]).map((k) => ({ value: k, label: t(kindLabel[k]) }))}
          />
        </Form.Item>
        <Form.Item
          name="period"
          label={t("period")}
          extra={t("periodHelp")}
          rules={[{ required: true, message: t("required") }]}
        >
          <Input placeholder="2026-11" />
        </Form.Item>
        <Form.Item name="templates" label={t("templates")}>
          <Select
            mode="multiple"
            allowClear
            placeholder={t("all")}
            options={templates.map((tpl) => ({ value: tpl.code, label: pick(tpl.document.name) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Assessment cycles (月通报、季度考核、年终评比) and the templates they score with, as versions. */
export default function AssessmentsPage() {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const cycles = useQuery({
    queryKey: ["assessments", "list"],
    queryFn: () => client.GET("/v1/tenants/{tenant}/assessments"),
  });
  const templates = useQuery({
    queryKey: ["assessment-templates", "list"],
    queryFn: () => client.GET("/v1/tenants/{tenant}/assessment-templates"),
  });
  return (
    <div className="page">
      <Typography.Title level={4}>{t("assessments")}</Typography.Title>
      <Tabs
        items={[
          {
            key: "cycles",
            label: t("cycles"),
            children: (
              <>
                <Space style={{ marginBottom: 12 }}>
                  <Button type="primary" onClick={() => setOpen(true)}>
                    {t("newDraft")}
                  </Button>
                </Space>
                {cycles.isError && <Alert type="error" showIcon title={errorText(cycles.error)} />}
                <Table
                  size="small"
                  rowKey="id"
                  loading={cycles.isFetching}
                  dataSource={cycles.data?.items ?? []}
                  pagination={{ pageSize: 20 }}
                  scroll={{ x: 720 }}
                  data-testid="assessments-table"
                  columns={[
                    {
                      title: t("period"),
                      dataIndex: "period",
                      render: (period, a) => <Link to={`/assessments/${a.id}`}>{period}</Link>,
                    },
                    { title: t("kind"), render: (_, a) => t(kindLabel[a.kind]) },
                    { title: t("revision"), dataIndex: "revision", width: 90 },
                    {
                      title: t("status"),
                      render: (_, a) => <Tag color={statusColor[a.status]}>{t(statusLabel[a.status])}</Tag>,
                    },
                    {
                      title: t("templates"),
                      render: (_, a) => a.templates.map((x) => `${x.code} v${x.version}`).join("、"),
                    },
                    { title: t("published"), render: (_, a) => formatTime(a.publishedAt, lang) },
                  ]}
                />
              </>
            ),
          },
          {
            key: "templates",
            label: t("templates"),
            children: <TemplatesTab templates={templates.data?.items ?? []} loading={templates.isFetching} />,
          },
        ]}
      />
      {open && (
        <NewDraftDialog open={open} onClose={() => setOpen(false)} templates={templates.data?.items ?? []} />
      )}
    </div>
  );
}
