import type { Schema } from "@propgov/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Checkbox, Form, Input, Modal, Popconfirm, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { client } from "../../api/client";
import { errorText, showFieldErrors } from "../../api/errors";
import { formatTime } from "../../components/Figures";
import { useI18n } from "../../i18n/i18n";
import { type Role, RolesField, roleLabel, ScopeField, scopeFieldOf, scopeText } from "./roles";

interface Values {
  name: string;
  roles: Role[];
  scope?: Record<string, string>;
  expiresAt?: string;
}

/** API keys for machine clients: a new key's secret is shown once, then only its prefix. */
export default function ApiKeysPage() {
  const { t, lang } = useI18n();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [creating, setCreating] = useState(false);
  const [banner, setBanner] = useState<string[]>([]);
  const [shown, setShown] = useState<Schema<"CreatedApiKey"> | null>(null);
  const [includeRevoked, setIncludeRevoked] = useState(false);
  const keys = useQuery({
    queryKey: ["api-keys", includeRevoked],
    queryFn: () =>
      client.GET("/v1/tenants/{tenant}/api-keys", {
        params: { query: { limit: 200, ...(includeRevoked ? { includeRevoked: "true" as const } : {}) } },
      }),
  });
  const create = useMutation({
    mutationFn: (v: Values) => {
      const field = scopeFieldOf(v.roles);
      return client.POST("/v1/tenants/{tenant}/api-keys", {
        body: {
          name: v.name.trim(),
          roles: v.roles,
          ...(field && v.scope?.[field] ? { scope: { [field]: v.scope[field] } } : {}),
          ...(v.expiresAt ? { expiresAt: v.expiresAt.trim() } : {}),
        },
      });
    },
    onSuccess: (key) => {
      setCreating(false);
      form.resetFields();
      setShown(key);
      queryClient.invalidateQueries({ queryKey: ["api-keys"] });
    },
    onError: (error) =>
      setBanner(
        showFieldErrors(form, error, [
          ["name"],
          ["roles"],
          ["scope"],
          ["scope", "regionId"],
          ["scope", "departmentId"],
          ["scope", "companyId"],
          ["scope", "compoundId"],
          ["expiresAt"],
        ]),
      ),
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      client.DELETE("/v1/tenants/{tenant}/api-keys/{id}", { params: { path: { id } } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["api-keys"] }),
  });
  return (
    <div className="page">
      <Typography.Title level={4}>{t("apiKeys")}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setCreating(true)}>
          {t("newApiKey")}
        </Button>
        <Checkbox checked={includeRevoked} onChange={(e) => setIncludeRevoked(e.target.checked)}>
          {t("revoked")}
        </Checkbox>
      </Space>
      {(keys.isError || revoke.isError) && (
        <Alert type="error" showIcon title={errorText(keys.error ?? revoke.error)} />
      )}
      <Table
        size="small"
        rowKey="id"
        loading={keys.isFetching}
        dataSource={keys.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 720 }}
        data-testid="api-keys-table"
        columns={[
          { title: t("name"), dataIndex: "name" },
          { title: t("keyPrefix"), dataIndex: "prefix", render: (p) => <code>{p}…</code> },
          { title: t("roles"), render: (_, k) => k.roles.map((r) => <Tag key={r}>{t(roleLabel[r])}</Tag>) },
          { title: t("scope"), render: (_, k) => scopeText(k.scope as Record<string, string> | null, t) },
          { title: t("lastUsedAt"), render: (_, k) => formatTime(k.lastUsedAt, lang) },
          { title: t("expiresAt"), render: (_, k) => formatTime(k.expiresAt, lang) },
          {
            title: t("actions"),
            render: (_, k) =>
              k.revokedAt ? (
                <Tag>{t("revoked")}</Tag>
              ) : (
                <Popconfirm
                  title={t("revokeConfirm")}
                  onConfirm={() => revoke.mutate(k.id)}
                  okText={t("revoke")}
                >
                  <Button size="small" danger aria-label={`${t("revoke")} ${k.name}`}>
                    {t("revoke")}
                  </Button>
                </Popconfirm>
              ),
          },
        ]}
      />
      <Modal
        open={creating}
        title={t("newApiKey")}
        onCancel={() => setCreating(false)}
        onOk={() => form.submit()}
        okText={t("create")}
        confirmLoading={create.isPending}
      >
        {banner.length > 0 && (
          <Alert type="error" showIcon title={banner.join("；")} style={{ marginBottom: 12 }} />
        )}
        <Form<Values>
          form={form}
          layout="vertical"
          initialValues={{ roles: ["countyAdmin"] }}
          onFinish={(v) => {
            setBanner([]);
            create.mutate(v);
          }}
        >
          <Form.Item name="name" label={t("name")} rules={[{ required: true, message: t("required") }]}>
            <Input />
          </Form.Item>
          <RolesField />
          <ScopeField />
          <Form.Item name="expiresAt" label={t("expiresAt")} extra="2027-01-01T00:00:00+08:00">
            <Input />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={shown !== null}
        title={shown?.name}
        closable={false}
        maskClosable={false}
        destroyOnHidden
        footer={
          <Button type="primary" onClick={() => setShown(null)}>
            {t("keyCopied")}
          </Button>
        }
      >
        <Alert type="warning" showIcon title={t("keyShownOnce")} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable={{ text: shown?.key ?? "" }}>
          <code data-testid="api-key-secret" style={{ wordBreak: "break-all" }}>
            {shown?.key}
          </code>
        </Typography.Paragraph>
      </Modal>
    </div>
  );
}
