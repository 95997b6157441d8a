import type { Schema } from "@propgov/sdk";
import { isPropgovError } from "@propgov/sdk";
import Form from "@rjsf/antd";
import type { ErrorSchema, RJSFSchema } from "@rjsf/utils";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Card, Col, List, Row, Space, Switch, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { client } from "../../api/client";
import { errorText } from "../../api/errors";
import { usePolicies } from "../../api/kpis";
import { useMechanism } from "../../api/registry";
import { useI18n } from "../../i18n/i18n";
import { sideBySide } from "./diff";
import { apiSideValidator } from "./noValidator";

type Policy = Schema<"Policy">;
type Config = Record<string, unknown>;

const validator = apiSideValidator<Config>();

/** `body.policies.<id>.config.a.b` errors → rjsf's nested error schema; the rest for a banner. */
function configErrors(error: unknown, policyId: string): { schema: ErrorSchema<Config>; other: string[] } {
  const schema: Record<string, unknown> = {};
  const other: string[] = [];
  if (!isPropgovError(error) || error.errors.length === 0) return { schema: {}, other: [errorText(error)] };
  const prefix = `body.policies.${policyId}.config.`;
  for (const { path, message } of error.errors) {
    if (!path.startsWith(prefix)) {
      other.push(`${path}: ${message}`);
      continue;
    }
    let node = schema;
    for (const part of path.slice(prefix.length).split(".")) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node.__errors = [...((node.__errors as string[] | undefined) ?? []), message];
  }
  return { schema: schema as ErrorSchema<Config>, other };
}

function PolicyEditor({ policy }: { policy: Policy }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mechanism = useMechanism();
  const [formData, setFormData] = useState<Config>((policy.config ?? policy.defaults ?? {}) as Config);
  const [enabled, setEnabled] = useState(policy.enabled);
  const [errors, setErrors] = useState<{ schema: ErrorSchema<Config>; other: string[] }>({
    schema: {},
    other: [],
  });
  const save = useMutation({
    mutationFn: async () => {
      const current = mechanism.data ?? (await client.GET("/v1/tenants/{tenant}/mechanism"));
      const document = {
        ...current.document,
        policies: { ...current.document.policies, [policy.id]: { enabled, config: formData } },
      };
      return client.PUT("/v1/tenants/{tenant}/mechanism", { body: document });
    },
    onSuccess: (saved) => {
      setErrors({ schema: {}, other: [] });
      message.success(`${t("saved")} · ${t("version")} ${saved.version}`);
      queryClient.invalidateQueries({ queryKey: ["mechanism"] });
      queryClient.invalidateQueries({ queryKey: ["policies"] });
    },
    onError: (error) => setErrors(configErrors(error, policy.id)),
  });
  return (
    <Card
      size="small"
      title={pick(policy.title)}
      extra={
        <Space>
          {!policy.builtin && <Tag color="purple">plugin</Tag>}
          <Switch
            checked={enabled}
            onChange={setEnabled}
            checkedChildren={t("enabled")}
            unCheckedChildren={t("disabled")}
            aria-label={t("enabled")}
          />
        </Space>
      }
      data-testid="policy-editor"
    >
      <Typography.Paragraph type="secondary">{pick(policy.description)}</Typography.Paragraph>
      <Form
        schema={policy.configSchema as RJSFSchema}
        formData={formData}
        validator={validator}
        uiSchema={{ "ui:submitButtonOptions": { submitText: t("save") } }}
        extraErrors={errors.schema}
        showErrorList={false}
        onChange={(event) => setFormData(event.formData ?? {})}
        onSubmit={() => save.mutate()}
        disabled={save.isPending}
      />
      {errors.other.length > 0 && <Alert type="error" showIcon title={errors.other.join("；")} />}
    </Card>
  );
}

function VersionHistory() {
  const { t, pick } = useI18n();
  const versions = useQuery({
    queryKey: ["mechanism", "versions"],
    queryFn: () =>
      client.GET("/v1/tenants/{tenant}/mechanism/versions", { params: { query: { limit: 50 } } }),
  });
  const [chosen, setChosen] = useState<number | null>(null);
  const pair = useQuery({
    queryKey: ["mechanism", "diff", chosen],
    enabled: chosen !== null && chosen > 1,
    queryFn: async () => {
      const n = chosen as number;
      const [before, after] = await Promise.all([
        client.GET("/v1/tenants/{tenant}/mechanism/versions/{n}", { params: { path: { n: n - 1 } } }),
        client.GET("/v1/tenants/{tenant}/mechanism/versions/{n}", { params: { path: { n } } }),
      ]);
      return sideBySide(JSON.stringify(before.document, null, 2), JSON.stringify(after.document, null, 2));
    },
  });
  return (
    <Card size="small" title={`${t("version")} · ${t("mechanismVersion")}`} style={{ marginTop: 16 }}>
      <Table
        size="small"
        rowKey="version"
        pagination={false}
        dataSource={versions.data?.items ?? []}
        data-testid="mechanism-versions"
        columns={[
          { title: t("version"), dataIndex: "version", width: 80 },
          { title: t("name"), key: "name", render: (_, v) => pick(v.name) },
          { title: t("author"), key: "author", render: (_, v) => v.createdBy ?? "system" },
          {
            title: t("createdAt"),
            key: "createdAt",
            render: (_, v) => new Date(v.createdAt).toLocaleString(),
          },
          {
            title: t("actions"),
            key: "diff",
            render: (_, v) =>
              v.version > 1 ? (
                <Typography.Link onClick={() => setChosen(v.version)}>
                  {v.version - 1} ↔ {v.version}
                </Typography.Link>
              ) : null,
          },
        ]}
      />
      {pair.data && (
        <section
          className="diff"
          data-testid="mechanism-diff"
          aria-label={`${(chosen ?? 1) - 1} ↔ ${chosen}`}
        >
          {pair.data
            .map((line, index) => ({ line, index }))
            .filter(({ index }) =>
              pair.data.slice(Math.max(0, index - 3), index + 4).some((near) => near.changed),
            )
            .map(({ line, index }) => (
              <div key={index} className={line.changed ? "diff-row diff-changed" : "diff-row"}>
                <pre className={line.left === null ? "diff-empty" : line.changed ? "diff-removed" : ""}>
                  {line.left ?? ""}
                </pre>
                <pre className={line.right === null ? "diff-empty" : line.changed ? "diff-added" : ""}>
                  {line.right ?? ""}
                </pre>
              </div>
            ))}
        </section>
      )}
    </Card>
  );
}

/** The rules as policies: each one's configuration form is generated from its JSON Schema. */
export default function PoliciesPage() {
  const { t, pick } = useI18n();
  const policies = usePolicies();
  const [selected, setSelected] = useState<string | null>(null);
  const items = policies.data?.items ?? [];
  const policy = items.find((p) => p.id === selected) ?? items[0];
  return (
    <div className="page">
      <Typography.Title level={4}>{t("policies")}</Typography.Title>
      {policies.isError && <Alert type="error" showIcon title={errorText(policies.error)} />}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Card size="small">
            <List
              dataSource={items}
              renderItem={(p) => (
                <List.Item
                  onClick={() => setSelected(p.id)}
                  style={{ cursor: "pointer", background: p.id === policy?.id ? "#fff1f0" : undefined }}
                >
                  <Typography.Link onClick={() => setSelected(p.id)}>{pick(p.title)}</Typography.Link>
                  <Tag color={p.enabled ? "green" : "default"}>
                    {p.enabled ? t("enabled") : t("disabled")}
                  </Tag>
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} md={16}>
          {policy && <PolicyEditor key={`${policy.id}-${policies.data?.mechanismVersion}`} policy={policy} />}
        </Col>
      </Row>
      <VersionHistory />
    </div>
  );
}
