import type { Schema } from "@propgov/sdk";
import { useQuery } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Input,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { client } from "../../api/client";
import { errorText } from "../../api/errors";
import { useUser } from "../../api/session";
import { useI18n } from "../../i18n/i18n";

type Record_ = Schema<"CreditRecord">;

const gradeColor: Record<string, string> = { AAA: "green", AA: "cyan", A: "blue", B: "orange", C: "red" };

function RecordsTable({ records, testId }: { records: Record_[]; testId: string }) {
  const { t } = useI18n();
  return (
    <ScrollRegion label={t("records")}>
      <Table
        size="small"
        rowKey="id"
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        dataSource={records}
        data-testid={testId}
        columns={[
          {
            title: t("kind"),
            width: 70,
            render: (_, r) => (
              <Tag color={r.kind === "good" ? "green" : "red"}>{t(r.kind === "good" ? "good" : "bad")}</Tag>
            ),
          },
          { title: t("category"), dataIndex: "category", width: 140 },
          { title: t("points"), width: 70, render: (_, r) => `${r.kind === "good" ? "+" : "−"}${r.points}` },
          { title: t("evidence"), dataIndex: "evidence" },
          { title: t("effectiveOn"), dataIndex: "effectiveOn", width: 110 },
          { title: t("expiresOn"), dataIndex: "expiresOn", width: 110 },
          {
            title: t("status"),
            width: 90,
            render: (_, r) => (r.revokedAt ? <Tag>{t("revoked")}</Tag> : null),
          },
        ]}
      />
    </ScrollRegion>
  );
}

/** A wide table's own scroll area, reachable by keyboard (axe: scrollable-region-focusable). */
function ScrollRegion({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be focusable to scroll by keyboard
    <section className="table-scroll" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}

function Eligibility({ id }: { id: string }) {
  const { t, pick } = useI18n();
  const checks = useQuery({
    queryKey: ["credit", "eligibility", id],
    queryFn: () =>
      Promise.all(
        (["bidding", "award"] as const).map((purpose) =>
          client.GET("/v1/tenants/{tenant}/credit/companies/{id}/eligibility", {
            params: { path: { id }, query: { for: purpose } },
          }),
        ),
      ),
  });
  if (checks.isError) return <Alert type="error" showIcon title={errorText(checks.error)} />;
  return (
    <Descriptions
      size="small"
      bordered
      column={1}
      items={(checks.data ?? []).map((e) => ({
        key: e.for,
        label: t(e.for === "bidding" ? "bidding" : "award"),
        children: (
          <Space orientation="vertical" size={2}>
            <Tag color={e.allowed ? "green" : "red"}>{t(e.allowed ? "allowed" : "notAllowedShort")}</Tag>
            {e.reasons.map((r) => (
              <Typography.Text key={r.code}>{pick(r)}</Typography.Text>
            ))}
            {e.incentives.length > 0 && (
              <Typography.Text type="secondary">
                {t("incentives")}：{e.incentives.map((i) => pick(i)).join("；")}
              </Typography.Text>
            )}
          </Space>
        ),
      }))}
    />
  );
}

function CreditFile({ id, onClose }: { id: string; onClose(): void }) {
  const { t } = useI18n();
  const file = useQuery({
    queryKey: ["credit", "file", id],
    queryFn: () => client.GET("/v1/tenants/{tenant}/credit/companies/{id}", { params: { path: { id } } }),
  });
  const f = file.data;
  const penalties = (f?.history ?? []).filter((r) => r.penalty);
  return (
    <Drawer
      open
      onClose={onClose}
      size="large"
      title={f ? `${t("creditFiles")} · ${f.company.name}` : t("creditFiles")}
    >
      {file.isError && <Alert type="error" showIcon title={errorText(file.error)} />}
      {f && (
        <Space orientation="vertical" style={{ width: "100%" }} size="middle">
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: "uscc", label: t("uscc"), children: f.company.uscc },
              { key: "on", label: t("time"), children: f.on },
              {
                key: "score",
                label: t("creditScore"),
                children: <span data-testid="credit-score">{f.score}</span>,
              },
              { key: "grade", label: t("grade"), children: <Tag color={gradeColor[f.grade]}>{f.grade}</Tag> },
              { key: "base", label: t("base"), children: f.base },
              { key: "good", label: t("good"), children: `+${f.good}` },
              { key: "bad", label: t("bad"), children: `−${f.bad}` },
            ]}
          />
          <Card size="small" title={t("eligibility")}>
            <Eligibility id={id} />
          </Card>
          <Tabs
            items={[
              {
                key: "records",
                label: `${t("records")} (${f.records.length})`,
                children: <RecordsTable records={f.records} testId="credit-records" />,
              },
              {
                key: "history",
                label: `${t("history")} (${f.history.length})`,
                children: <RecordsTable records={f.history} testId="credit-history" />,
              },
              {
                key: "penalties",
                label: `${t("penalties")} (${penalties.length})`,
                children: (
                  <Table
                    size="small"
                    rowKey="id"
                    pagination={false}
                    dataSource={penalties}
                    columns={[
                      { title: t("decisionNumber"), render: (_, r) => r.penalty?.decisionNumber },
                      { title: t("authority"), render: (_, r) => r.penalty?.authority },
                      { title: t("decidedOn"), render: (_, r) => r.penalty?.decidedOn },
                      { title: t("fine"), render: (_, r) => r.penalty?.fine ?? "—" },
                      { title: t("evidence"), dataIndex: "evidence" },
                    ]}
                  />
                ),
              },
            ]}
          />
        </Space>
      )}
    </Drawer>
  );
}

/** Company credit files: the ranking, each file's records and eligibility, and the 双公示 export. */
export default function CreditPage() {
  const { t } = useI18n();
  const user = useUser();
  const [open, setOpen] = useState<string | null>(null);
  const year = new Date().getFullYear();
  const [range, setRange] = useState({ from: `${year}-01-01`, to: `${year}-12-31` });
  const day = /^\d{4}-\d{2}-\d{2}$/;
  const rangeOk = day.test(range.from) && day.test(range.to) && range.from <= range.to;
  const ranking = useQuery({
    queryKey: ["credit", "ranking"],
    queryFn: () => client.GET("/v1/tenants/{tenant}/credit/companies"),
  });
  const exportQuery = new URLSearchParams(range).toString();
  const exportUrl = `/v1/tenants/${user.tenant?.slug ?? ""}/credit/exports/penalties.csv?${exportQuery}`;
  return (
    <div className="page">
      <Typography.Title level={4}>{t("creditFiles")}</Typography.Title>
      <Card size="small" title={t("doublePublicity")} style={{ marginBottom: 16 }}>
        <Form layout="inline">
          <Form.Item label={t("from")}>
            <Input
              placeholder="2026-01-01"
              value={range.from}
              onChange={(e) => setRange((r) => ({ ...r, from: e.target.value.trim() }))}
              style={{ width: 140 }}
            />
          </Form.Item>
          <Form.Item label={t("to")}>
            <Input
              placeholder="2026-12-31"
              value={range.to}
              onChange={(e) => setRange((r) => ({ ...r, to: e.target.value.trim() }))}
              style={{ width: 140 }}
            />
          </Form.Item>
          <Button
            href={rangeOk ? exportUrl : undefined}
            disabled={!rangeOk}
            download
            data-testid="penalties-export"
          >
            {t("download")} CSV
          </Button>
        </Form>
      </Card>
      {ranking.isError && <Alert type="error" showIcon title={errorText(ranking.error)} />}
      <Table
        size="small"
        rowKey={(s) => s.company.id}
        loading={ranking.isFetching}
        dataSource={ranking.data?.items ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 640 }}
        data-testid="credit-table"
        columns={[
          { title: t("rank"), width: 60, render: (_, __, i) => i + 1 },
          {
            title: t("companies"),
            render: (_, s) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(s.company.id)}>
                {s.company.name}
              </Button>
            ),
          },
          { title: t("uscc"), render: (_, s) => s.company.uscc },
          { title: t("creditScore"), dataIndex: "score", width: 90 },
          {
            title: t("grade"),
            width: 80,
            render: (_, s) => <Tag color={gradeColor[s.grade]}>{s.grade}</Tag>,
          },
          { title: t("good"), width: 70, render: (_, s) => `+${s.good}` },
          { title: t("bad"), width: 70, render: (_, s) => `−${s.bad}` },
        ]}
      />
      {open && <CreditFile id={open} onClose={() => setOpen(null)} />}
    </div>
  );
}
