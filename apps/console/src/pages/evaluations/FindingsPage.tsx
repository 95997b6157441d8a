import { useMutation, useQuery } from "@tanstack/react-query";
import { Alert, App, Button, Card, Input, Popover, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { client } from "../../api/client";
import { errorText } from "../../api/errors";
import { usePolicies } from "../../api/kpis";
import { hasRole, useUser } from "../../api/session";
import { RefSelect } from "../../components/RefSelect";
import { useI18n } from "../../i18n/i18n";

const severities = ["critical", "major", "minor", "info"] as const;
const severityColor = { critical: "red", major: "volcano", minor: "gold", info: "blue" } as const;
const severityLabel = {
  critical: { zh: "严重", en: "Critical" },
  major: { zh: "较重", en: "Major" },
  minor: { zh: "一般", en: "Minor" },
  info: { zh: "提示", en: "Info" },
} as const;

function inAMonth(): string {
  return new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
}

/** Subjects that own the task themselves; any other (a compound, a grid) needs an owner unit. */
const OWNING_SUBJECTS = new Set(["region", "department", "company", "committee"]);

interface FindingRef {
  id: string;
  subject: { type: string };
  regionId: string | null;
}

function ToTask({ finding }: { finding: FindingRef }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [dueOn, setDueOn] = useState(inAMonth);
  const needsOwner = !OWNING_SUBJECTS.has(finding.subject.type);
  const [ownerRegion, setOwnerRegion] = useState<string | undefined>(finding.regionId ?? undefined);
  const [open, setOpen] = useState(false);
  const create = useMutation({
    mutationFn: () =>
      client.POST("/v1/tenants/{tenant}/findings/{id}/tasks", {
        params: { path: { id: finding.id } },
        body: {
          dueOn,
          milestones: [],
          ...(needsOwner && ownerRegion
            ? { ownerUnit: { unitType: "region" as const, unitId: ownerRegion } }
            : {}),
        },
      }),
    onSuccess: () => {
      message.success(t("taskCreated"));
      setOpen(false);
    },
    onError: (error) => message.error(errorText(error)),
  });
  return (
    <Popover
      open={open}
      onOpenChange={setOpen}
      trigger="click"
      content={
        <Space>
          {needsOwner && (
            <RefSelect
              kind="region"
              aria-label={t("unit")}
              placeholder={t("unit")}
              value={ownerRegion}
              onChange={setOwnerRegion}
              style={{ width: 160 }}
            />
          )}
          <Input
            type="date"
            aria-label={t("endsOn")}
            value={dueOn}
            onChange={(e) => setDueOn(e.target.value)}
          />
          <Button type="primary" size="small" loading={create.isPending} onClick={() => create.mutate()}>
            {t("save")}
          </Button>
        </Space>
      }
    >
      <Button type="link" size="small">
        {t("toTask")}
      </Button>
    </Popover>
  );
}

/** Findings by period, rule, region and severity; each can become a task. */
export default function FindingsPage() {
  const { t, pick, lang } = useI18n();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const policies = usePolicies();
  const filters = {
    period: params.get("period") ?? undefined,
    policy: params.get("policy") ?? undefined,
    severity: (params.get("severity") ?? undefined) as (typeof severities)[number] | undefined,
    regionId: params.get("regionId") ?? undefined,
  };
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const findings = useQuery({
    queryKey: ["findings", "list", filters, cursor ?? null],
    queryFn: () =>
      client.GET("/v1/tenants/{tenant}/findings", {
        params: {
          query: {
            limit: 20,
            ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v)),
            ...(cursor ? { cursor } : {}),
          },
        },
      }),
  });
  const set = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setCursors([undefined]);
    setParams(next, { replace: true });
  };
  const title = (id: string) => {
    const policy = policies.data?.items.find((p) => p.id === id);
    return policy ? pick(policy.title) : id;
  };
  const canAct = hasRole(user, ["countyAdmin"]);
  return (
    <div className="page">
      <Typography.Title level={4}>{t("findings")}</Typography.Title>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }} role="search">
          <Input
            aria-label={t("period")}
            placeholder={`${t("period")} 2026-11`}
            defaultValue={filters.period}
            onBlur={(e) => set("period", e.target.value.trim() || undefined)}
            onPressEnter={(e) => set("period", e.currentTarget.value.trim() || undefined)}
            style={{ width: 160 }}
          />
          <Select
            allowClear
            aria-label={t("policy")}
            placeholder={t("policy")}
            value={filters.policy}
            onChange={(v?: string) => set("policy", v)}
            options={(policies.data?.items ?? []).map((p) => ({ value: p.id, label: pick(p.title) }))}
            style={{ width: 200 }}
          />
          <Select
            allowClear
            aria-label={t("severity")}
            placeholder={t("severity")}
            value={filters.severity}
            onChange={(v?: string) => set("severity", v)}
            options={severities.map((s) => ({ value: s, label: severityLabel[s][lang] }))}
            style={{ width: 140 }}
          />
          <RefSelect
            kind="region"
            aria-label={t("region")}
            placeholder={t("region")}
            value={filters.regionId}
            onChange={(v) => set("regionId", v)}
            style={{ width: 200 }}
          />
        </Space>
        {findings.isError && <Alert type="error" showIcon title={errorText(findings.error)} />}
        <Table
          size="small"
          rowKey="id"
          loading={findings.isFetching}
          dataSource={findings.data?.items ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          data-testid="findings-table"
          columns={[
            { title: t("period"), dataIndex: "period", width: 90 },
            { title: t("policy"), key: "policy", render: (_, f) => title(f.policy) },
            {
              title: t("severity"),
              key: "severity",
              render: (_, f) => (
                <Tag color={severityColor[f.severity]}>{severityLabel[f.severity][lang]}</Tag>
              ),
            },
            { title: t("subject"), key: "subject", render: (_, f) => f.subject.name },
            { title: t("message"), key: "message", render: (_, f) => pick(f.message) },
            ...(canAct
              ? [
                  {
                    title: t("actions"),
                    key: "actions",
                    render: (_: unknown, f: FindingRef) => <ToTask finding={f} />,
                  },
                ]
              : []),
          ]}
        />
        <Space style={{ marginTop: 12 }}>
          <Button disabled={cursors.length === 1} onClick={() => setCursors([undefined])}>
            {t("firstPage")}
          </Button>
          <Button
            disabled={!findings.data?.nextCursor}
            onClick={() => findings.data?.nextCursor && setCursors([...cursors, findings.data.nextCursor])}
          >
            {t("nextPage")}
          </Button>
        </Space>
      </Card>
    </div>
  );
}
