import {
  Alert,
  Button,
  Card,
  Col,
  Progress,
  Row,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useMemo, useRef } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import {
  useCaseKpis,
  useCaseKpisPerRegion,
  useCoverage,
  useFindingsPerPolicy,
  useLatestEvaluation,
  usePolicies,
  useTaskKpis,
} from "../../api/kpis";
import { EChart } from "../../charts/EChart";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { percent, type Ratio } from "./format";

type GoalKey = "serviceCoverage" | "committeeFormation" | "partyOrgFormation";
const goals: GoalKey[] = ["serviceCoverage", "committeeFormation", "partyOrgFormation"];

/** The list behind each goal: the records it counts, in the region measured. */
function goalList(goal: GoalKey, regionId: string | undefined): string {
  const region = regionId ? `regionId=${regionId}` : "";
  if (goal === "serviceCoverage") return `/registry/compounds?${region}`;
  if (goal === "committeeFormation")
    return `/registry/compounds?hasCommittee=false${region ? `&${region}` : ""}`;
  return `/registry/partyOrgs?${region}`;
}

function GoalCard({ goal, ratio, regionId }: { goal: GoalKey; ratio: Ratio; regionId: string | undefined }) {
  const { t } = useI18n();
  return (
    <Card title={t(goal)} size="small" data-testid={`goal-${goal}`}>
      <Space align="center" size="large">
        <Progress
          type="circle"
          size={96}
          percent={Math.round((ratio.rate ?? 0) * 1000) / 10}
          status={ratio.rate === 1 ? "success" : "normal"}
          aria-label={`${t(goal)} ${percent(ratio.rate)}`}
        />
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            <Link to={goalList(goal, regionId)} data-testid={`goal-${goal}-rate`}>
              {percent(ratio.rate)}
            </Link>
          </Typography.Title>
          <Typography.Text type="secondary">
            {ratio.numerator} / {ratio.denominator} · {t("target")} 100%
          </Typography.Text>
        </div>
      </Space>
    </Card>
  );
}

function GoalsSection() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const regionId = params.get("region") ?? undefined;
  const coverage = useCoverage(regionId);
  if (coverage.isPending) return <Skeleton active />;
  if (coverage.isError) return <Alert type="error" title={t("loadFailed")} />;
  const data = coverage.data;
  const drillable = (kind: string) => kind !== "community";
  return (
    <section aria-labelledby="goals-title">
      <Space style={{ marginBottom: 12 }}>
        <Typography.Title level={4} id="goals-title" style={{ margin: 0 }}>
          {t("threeGoals")}
        </Typography.Title>
        {regionId && (
          <Button size="small" onClick={() => setParams({})}>
            {t("backToCounty")}
          </Button>
        )}
      </Space>
      <Row gutter={[16, 16]}>
        {goals.map((goal) => (
          <Col xs={24} md={8} key={goal}>
            <GoalCard goal={goal} ratio={data[goal]} regionId={regionId} />
          </Col>
        ))}
      </Row>
      <Card size="small" title={t("byTownship")} style={{ marginTop: 16 }}>
        <Table
          size="small"
          rowKey="regionId"
          pagination={false}
          dataSource={data.byRegion}
          scroll={{ x: 640 }}
          columns={[
            {
              title: t("region"),
              dataIndex: "name",
              render: (name: string, row) =>
                drillable(row.kind) ? (
                  <Button type="link" size="small" onClick={() => setParams({ region: row.regionId })}>
                    {name}
                  </Button>
                ) : (
                  name
                ),
            },
            ...goals.map((goal) => ({
              title: t(goal),
              key: goal,
              render: (_: unknown, row: (typeof data.byRegion)[number]) => (
                <Link to={goalList(goal, row.regionId)} aria-label={`${row.name} ${t(goal)}`}>
                  <Progress
                    percent={Math.round((row[goal].rate ?? 0) * 1000) / 10}
                    size="small"
                    format={() => `${row[goal].numerator}/${row[goal].denominator}`}
                  />
                </Link>
              ),
            })),
          ]}
        />
      </Card>
    </section>
  );
}

const rateKeys = [
  "responseRate",
  "resolutionRate",
  "satisfactionRate",
] as const satisfies readonly MessageKey[];

/** The twelve months up to `last` (YYYY-MM), newest first. */
function monthsUpTo(last: string): string[] {
  const [y, m] = last.split("-").map(Number) as [number, number];
  return Array.from({ length: 12 }, (_, i) => {
    const index = y * 12 + (m - 1) - i;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
  });
}

function CaseSection() {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const chosen = params.get("period") ?? undefined;
  const month = useCaseKpis(chosen);
  const current = useRef<string | undefined>(undefined);
  if (!current.current && month.data && !chosen) current.current = month.data.period;
  const year = useCaseKpis(month.data?.period.slice(0, 4));
  const option = useMemo(() => {
    if (!month.data) return null;
    const d = month.data;
    return {
      tooltip: { trigger: "axis" as const },
      legend: { top: 0, data: [d.period, d.previous.period] },
      grid: { left: 40, right: 16, top: 32, bottom: 24 },
      xAxis: { type: "category" as const, data: rateKeys.map((k) => t(k)) },
      yAxis: { type: "value" as const, max: 100, axisLabel: { formatter: "{value}%" } },
      series: [
        { name: d.period, type: "bar" as const, data: rateKeys.map((k) => ratePoint(d[k].rate)) },
        {
          name: d.previous.period,
          type: "bar" as const,
          data: rateKeys.map((k) => ratePoint(d.previous[k].rate)),
        },
      ],
    };
  }, [month.data, t]);
  const trend = useMemo(() => {
    if (!year.data) return null;
    return {
      tooltip: { trigger: "axis" as const },
      grid: { left: 40, right: 16, top: 16, bottom: 24 },
      xAxis: { type: "category" as const, data: year.data.byMonth.map((m) => m.month) },
      yAxis: { type: "value" as const, minInterval: 1 },
      series: [{ name: t("received"), type: "line" as const, data: year.data.byMonth.map((m) => m.count) }],
    };
  }, [year.data, t]);
  if (month.isPending) return <Skeleton active />;
  if (month.isError || !option) return <Alert type="error" title={t("loadFailed")} />;
  const d = month.data;
  const casesOf = (from: string, to: string) => `/cases?from=${from}&to=${to}`;
  const change = d.change.received.relative;
  return (
    <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={t("caseRates")}
          data-testid="case-rates"
          extra={
            <Select
              size="small"
              aria-label={t("period")}
              value={d.period}
              style={{ width: 110 }}
              onChange={(period: string) => {
                const next = new URLSearchParams(params);
                next.set("period", period);
                setParams(next);
              }}
              options={monthsUpTo(current.current ?? d.period).map((m) => ({ value: m, label: m }))}
            />
          }
        >
          <Space wrap size="large" style={{ marginBottom: 8 }}>
            {rateKeys.map((key) => (
              <div key={key}>
                <Typography.Text type="secondary">{pick(d[key].name)}</Typography.Text>
                <div>
                  <Link to={casesOf(d.from, d.to)} data-testid={`rate-${key}`}>
                    <Typography.Text strong style={{ fontSize: 20 }}>
                      {percent(d[key].rate)}
                    </Typography.Text>
                  </Link>{" "}
                  <Tag
                    color={d[key].meetsTarget ? "green" : d[key].meetsTarget === false ? "red" : "default"}
                  >
                    {t("target")} {percent(d[key].target)}
                  </Tag>
                </div>
                <Typography.Text type="secondary">
                  {d[key].numerator}/{d[key].denominator}
                </Typography.Text>
              </div>
            ))}
          </Space>
          <EChart label={t("caseRates")} option={option} height={220} />
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t("complaintTrend")} data-testid="complaint-trend">
          <Space wrap size="large" style={{ marginBottom: 8 }}>
            <div>
              <Typography.Text type="secondary">
                {t("received")} · {d.period}
              </Typography.Text>
              <div>
                <Link to={casesOf(d.from, d.to)} data-testid="received">
                  <Typography.Text strong style={{ fontSize: 20 }}>
                    {d.received}
                  </Typography.Text>
                </Link>
              </div>
            </div>
            <div>
              <Typography.Text type="secondary">
                {t("previousPeriod")} · {d.previous.period}
              </Typography.Text>
              <div>
                <Link to={casesOf(d.previous.from, d.previous.to)} data-testid="received-previous">
                  <Typography.Text strong style={{ fontSize: 20 }}>
                    {d.previous.received}
                  </Typography.Text>
                </Link>{" "}
                {change !== null && (
                  <Tag color={change <= 0 ? "green" : "red"}>
                    {change > 0 ? "+" : ""}
                    {(change * 100).toFixed(1)}%
                  </Tag>
                )}
              </div>
            </div>
          </Space>
          {trend && (
            <EChart
              label={t("complaintTrend")}
              option={trend}
              height={220}
              onItemClick={(event) => {
                const month = year.data?.byMonth[event.dataIndex]?.month;
                if (month) navigate(casesOf(`${month}-01`, lastDay(month)));
              }}
            />
          )}
        </Card>
      </Col>
    </Row>
  );
}

/** 2026-02 → 2026-02-28. */
function lastDay(month: string): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

function ratePoint(rate: number | null): number | null {
  return rate === null ? null : Math.round(rate * 1000) / 10;
}

function OverdueSection() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const coverage = useCoverage(undefined);
  const regions = coverage.data?.byRegion ?? [];
  const perRegion = useCaseKpisPerRegion(regions.map((r) => r.regionId));
  const rows = regions
    .map((region, i) => ({ ...region, overdue: perRegion[i]?.data?.overdue.any }))
    .sort((a, b) => (b.overdue ?? 0) - (a.overdue ?? 0));
  const option = {
    tooltip: { trigger: "axis" as const },
    grid: { left: 72, right: 24, top: 8, bottom: 24 },
    yAxis: {
      type: "category" as const,
      data: rows.map((r) => r.name),
      inverse: true,
      axisLabel: { interval: 0 },
    },
    xAxis: { type: "value" as const, minInterval: 1 },
    series: [
      {
        name: t("overdueCases"),
        type: "bar" as const,
        data: rows.map((r) => r.overdue ?? 0),
        label: { show: true, position: "right" as const },
      },
    ],
  };
  return (
    <Card size="small" title={t("overdueByUnit")} data-testid="overdue-by-unit">
      <EChart
        label={t("overdueByUnit")}
        option={option}
        height={Math.max(200, rows.length * 22 + 40)}
        onItemClick={(event) => {
          const row = rows[event.dataIndex];
          if (row) navigate(`/cases?overdue=true&regionId=${row.regionId}`);
        }}
      />
      <ul className="figure-links">
        {rows.map((row) => (
          <li key={row.regionId}>
            <Link to={`/cases?overdue=true&regionId=${row.regionId}`}>
              {row.name}: {row.overdue ?? "…"}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function FindingsSection() {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const latest = useLatestEvaluation();
  const period = latest.data?.period;
  const counts = useFindingsPerPolicy(period);
  const policies = usePolicies();
  const title = (id: string) => {
    const policy = policies.data?.items.find((p) => p.id === id);
    return policy ? pick(policy.title) : id;
  };
  const rows = counts.data ?? [];
  const option = {
    tooltip: { trigger: "axis" as const },
    grid: { left: 120, right: 16, top: 16, bottom: 24 },
    yAxis: { type: "category" as const, data: rows.map((r) => title(r.policy)), inverse: true },
    xAxis: { type: "value" as const, minInterval: 1 },
    series: [{ name: t("findings"), type: "bar" as const, data: rows.map((r) => r.count) }],
  };
  return (
    <Card
      size="small"
      title={`${t("findingsByRule")}${period ? ` · ${period}` : ""}`}
      data-testid="findings-by-rule"
    >
      {latest.data === null ? (
        <Typography.Paragraph type="secondary">{t("noData")}</Typography.Paragraph>
      ) : (
        <>
          <EChart
            label={t("findingsByRule")}
            option={option}
            onItemClick={(event) => {
              const row = rows[event.dataIndex];
              if (row && period) navigate(`/findings?period=${period}&policy=${row.policy}`);
            }}
          />
          <ul className="figure-links">
            {rows.map((row) => (
              <li key={row.policy}>
                <Link to={`/findings?period=${period}&policy=${row.policy}`}>
                  {title(row.policy)}: {row.count}
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

function TasksSection() {
  const { t } = useI18n();
  const tasks = useTaskKpis();
  const units = tasks.data?.units ?? [];
  const option = useMemo(
    () => ({
      tooltip: { trigger: "axis" as const },
      grid: { left: 40, right: 16, top: 16, bottom: 48 },
      xAxis: {
        type: "category" as const,
        data: units.map((u) => u.name),
        axisLabel: { interval: 0, rotate: 30 },
      },
      yAxis: { type: "value" as const, max: 100, axisLabel: { formatter: "{value}%" } },
      series: [
        { name: t("tasksOnTime"), type: "bar" as const, data: units.map((u) => ratePoint(u.onTimeRate)) },
      ],
    }),
    [units, t],
  );
  const totals = tasks.data?.totals;
  return (
    <Card
      size="small"
      title={`${t("tasksOnTime")}${tasks.data ? ` · ${tasks.data.period}` : ""}`}
      data-testid="tasks-on-time"
    >
      {totals && (
        <Typography.Paragraph>
          <Link to="/tasks?overdue=true" data-testid="tasks-rate">
            <Typography.Text strong style={{ fontSize: 20 }}>
              {percent(totals.onTimeRate)}
            </Typography.Text>
          </Link>{" "}
          <Typography.Text type="secondary">
            {totals.completedOnTime}/{totals.completedOnTime + totals.completedLate + totals.openOverdue}
          </Typography.Text>
        </Typography.Paragraph>
      )}
      {units.length === 0 ? (
        <Typography.Paragraph type="secondary">{t("noData")}</Typography.Paragraph>
      ) : (
        <EChart label={t("tasksOnTime")} option={option} />
      )}
    </Card>
  );
}

export default function Dashboard() {
  return (
    <div className="page">
      <GoalsSection />
      <CaseSection />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={8}>
          <OverdueSection />
        </Col>
        <Col xs={24} xl={8}>
          <FindingsSection />
        </Col>
        <Col xs={24} xl={8}>
          <TasksSection />
        </Col>
      </Row>
    </div>
  );
}
