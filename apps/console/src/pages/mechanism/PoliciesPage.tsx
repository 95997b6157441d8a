import type { Schema } from "@propgov/sdk";
import { isPropgovError } from "@propgov/sdk";
import Form from "@rjsf/antd";
import type { ErrorSchema, RJSFSchema } from "@rjsf/utils";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Card, Col, List, Row, Select, Space, Switch, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { client } from "../../api/client";
import { errorText } from "../../api/errors";
import { consoleLang, fieldMessage } from "../../api/field-messages";
import { usePolicies } from "../../api/kpis";
import { useMechanism } from "../../api/registry";
import { useI18n } from "../../i18n/i18n";
import { DiffView } from "./DiffView";
import { canonicalJson, sideBySide } from "./diff";
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
  const lang = consoleLang();
  for (const { path, message: raw } of error.errors) {
    const message = fieldMessage(raw, lang);
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
      return sideBySide(canonicalJson(before.document), canonicalJson(after.document));
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
        <DiffView lines={pair.data} label={`${(chosen ?? 1) - 1} ↔ ${chosen}`} testId="mechanism-diff" />
      )}
    </Card>
  );
}

/** The county's current version beside a preset, with defaults filled in on both sides. */
function PresetComparison() {
  const { t, pick } = useI18n();
  const mechanism = useMechanism();
  const presets = useQuery({
    queryKey: ["mechanism", "presets"],
    queryFn: () => client.GET("/v1/tenants/{tenant}/mechanism/presets"),
  });
  const [chosen, setChosen] = useState<string | null>(null);
  const presetId = chosen ?? mechanism.data?.document.preset ?? presets.data?.items[0]?.id ?? null;
  const preset = useQuery({
    queryKey: ["mechanism", "presets", presetId],
    enabled: presetId !== null,
    queryFn: () =>
      client.GET("/v1/tenants/{tenant}/mechanism/presets/{preset}", {
        params: { path: { preset: presetId as string } },
      }),
  });
  const lines =
    preset.data && mechanism.data
      ? sideBySide(canonicalJson(preset.data.document), canonicalJson(mechanism.data.document))
      : null;
  const changed = lines?.filter((line) => line.changed).length ?? 0;
  return (
    <Card
      size="small"
      title={t("comparePreset")}
      style={{ marginTop: 16 }}
      extra={
        <Select
          aria-label={t("presetLabel")}
          style={{ minWidth: 220 }}
          value={presetId ?? undefined}
          onChange={setChosen}
          options={(presets.data?.items ?? []).map((p) => ({
            value: p.id,
            label: `${pick(p.name)} (${p.id})`,
          }))}
        />
      }
      data-testid="preset-comparison"
    >
      {preset.isError && <Alert type="error" showIcon title={errorText(preset.error)} />}
      {lines && (
        <>
          <Typography.Paragraph type="secondary">
            {t("presetLabel")} {presetId} ↔ {t("currentMechanism")} {mechanism.data?.version}:{" "}
            {changed === 0 ? t("sameAsPreset") : `${changed} ${t("linesDiffer")}`}
          </Typography.Paragraph>
          {changed > 0 && (
            <DiffView lines={lines} label={`${presetId} ↔ ${t("currentMechanism")}`} testId="preset-diff" />
          )}
        </>
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
      <PresetComparison />
    </div>
  );
}
