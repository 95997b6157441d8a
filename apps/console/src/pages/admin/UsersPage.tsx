import type { Schema } from "@propgov/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Checkbox,
  Form,
  Input,
  Modal,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { client } from "../../api/client";
import { errorText, showFieldErrors } from "../../api/errors";
import { formatTime } from "../../components/Figures";
import { useI18n } from "../../i18n/i18n";
import { type Role, RolesField, roleLabel, ScopeField, scopeFieldOf, scopeText } from "./roles";

type User = Schema<"User">;
interface Values {
  username?: string;
  displayName: string;
  password?: string;
  roles: Role[];
  scope?: Record<string, string>;
  disabled?: boolean;
}

const fields = [
  ["username"],
  ["displayName"],
  ["password"],
  ["roles"],
  ["scope"],
  ["scope", "regionId"],
  ["scope", "departmentId"],
  ["scope", "companyId"],
  ["scope", "compoundId"],
  ["disabled"],
];

function UserForm({ editing, onClose }: { editing: User | null; onClose(): void }) {
  const { t } = useI18n();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const field = scopeFieldOf(v.roles);
      const scope = field && v.scope?.[field] ? { [field]: v.scope[field] } : null;
      if (editing) {
        return client.PATCH("/v1/tenants/{tenant}/users/{id}", {
          params: { path: { id: editing.id } },
          body: {
            displayName: v.displayName,
            roles: v.roles,
            scope,
            disabled: v.disabled ?? false,
            ...(v.password ? { password: v.password } : {}),
          },
        });
      }
      return client.POST("/v1/tenants/{tenant}/users", {
        body: {
          username: v.username ?? "",
          displayName: v.displayName,
          password: v.password ?? "",
          roles: v.roles,
          scope,
        },
      });
    },
    onSuccess: () => {
      message.success(t("saved"));
      queryClient.invalidateQueries({ queryKey: ["users"] });
      onClose();
    },
    onError: (error) => setBanner(showFieldErrors(form, error, fields)),
  });
  return (
    <Modal
      open
      title={editing ? `${t("edit")} · ${editing.username}` : t("newUser")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("save")}
      confirmLoading={save.isPending}
    >
      {banner.length > 0 && (
        <Alert type="error" showIcon title={banner.join("；")} style={{ marginBottom: 12 }} />
      )}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={
          editing
            ? {
                displayName: editing.displayName,
                roles: editing.roles,
                scope: editing.scope ?? {},
                disabled: editing.disabled,
              }
            : { roles: [] }
        }
        onFinish={(v) => {
          setBanner([]);
          save.mutate(v);
        }}
      >
        {!editing && (
          <Form.Item
            name="username"
            label={t("username")}
            rules={[{ required: true, message: t("required") }]}
          >
            <Input autoComplete="off" />
          </Form.Item>
        )}
        <Form.Item
          name="displayName"
          label={t("displayName")}
          rules={[{ required: true, message: t("required") }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="password"
          label={t("newPassword")}
          rules={editing ? [] : [{ required: true, message: t("required") }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <RolesField />
        <ScopeField />
        {editing && (
          <Form.Item name="disabled" label={t("userDisabled")} valuePropName="checked">
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** County users: who signs in, with which roles, in which part of the county. */
export default function UsersPage() {
  const { t, lang } = useI18n();
  const [includeDisabled, setIncludeDisabled] = useState(false);
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const users = useQuery({
    queryKey: ["users", includeDisabled],
    queryFn: () =>
      client.GET("/v1/tenants/{tenant}/users", {
        params: { query: { limit: 200, ...(includeDisabled ? { includeDisabled: "true" as const } : {}) } },
      }),
  });
  return (
    <div className="page">
      <Typography.Title level={4}>{t("users")}</Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" onClick={() => setEditing(null)}>
          {t("newUser")}
        </Button>
        <Checkbox checked={includeDisabled} onChange={(e) => setIncludeDisabled(e.target.checked)}>
          {t("userDisabled")}
        </Checkbox>
      </Space>
      {users.isError && <Alert type="error" showIcon title={errorText(users.error)} />}
      <Table
        size="small"
        rowKey="id"
        loading={users.isFetching}
        dataSource={users.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 720 }}
        data-testid="users-table"
        columns={[
          { title: t("username"), dataIndex: "username" },
          { title: t("displayName"), dataIndex: "displayName" },
          {
            title: t("roles"),
            render: (_, u) => u.roles.map((r) => <Tag key={r}>{t(roleLabel[r])}</Tag>),
          },
          { title: t("scope"), render: (_, u) => scopeText(u.scope as Record<string, string> | null, t) },
          { title: t("status"), render: (_, u) => (u.disabled ? <Tag>{t("userDisabled")}</Tag> : null) },
          { title: t("createdAt"), render: (_, u) => formatTime(u.createdAt, lang) },
          {
            title: t("actions"),
            render: (_, u) => (
              <Button size="small" onClick={() => setEditing(u)} aria-label={`${t("edit")} ${u.username}`}>
                {t("edit")}
              </Button>
            ),
          },
        ]}
      />
      {editing !== undefined && <UserForm editing={editing} onClose={() => setEditing(undefined)} />}
    </div>
  );
}
