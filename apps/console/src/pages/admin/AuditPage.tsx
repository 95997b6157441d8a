import type { Schema } from "@propgov/sdk";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Input,
  Row,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { client } from "../../api/client";
import { errorText } from "../../api/errors";
import { formatTime } from "../../components/Figures";
import { useI18n } from "../../i18n/i18n";

type Event = Schema<"AuditEventPage">["items"][number];
interface Filter {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
}

/** The local date-time of a `datetime-local` input, as an instant in the county's zone (UTC+8). */
const instant = (local: string | undefined) =>
  local ? `${local.length === 16 ? `${local}:00` : local}+08:00` : undefined;

/** Before and after of one change, field by field: only the fields that differ. */
function Change({ event }: { event: Event }) {
  const { t } = useI18n();
  const before = (event.before ?? {}) as Record<string, unknown>;
  const after = (event.after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  const text = (v: unknown) =>
    v === undefined || v === null ? "—" : typeof v === "object" ? JSON.stringify(v) : String(v);
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2 }}
        items={[
          { key: "request", label: t("requestId"), children: event.requestId ?? "—" },
          { key: "target", label: t("targetId"), children: event.targetId ?? "—" },
        ]}
      />
      <Table
        size="small"
        rowKey={(k) => k}
        pagination={false}
        dataSource={keys}
        scroll={{ x: 560 }}
        columns={[
          { title: t("field"), render: (_, k) => k, width: 160 },
          { title: t("before"), render: (_, k) => <span className="audit-value">{text(before[k])}</span> },
          { title: t("after"), render: (_, k) => <span className="audit-value">{text(after[k])}</span> },
        ]}
      />
    </Space>
  );
}

/** The audit trail, searchable by who, what, which record and when. */
export default function AuditPage() {
  const { t, lang } = useI18n();
  const [form] = Form.useForm<Filter>();
  const [filter, setFilter] = useState<Filter>({});
  const users = useQuery({
    queryKey: ["users", "all-for-audit"],
    queryFn: () =>
      client.GET("/v1/tenants/{tenant}/users", {
        params: { query: { limit: 200, includeDisabled: "true" } },
      }),
  });
  const events = useInfiniteQuery({
    queryKey: ["audit", filter],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      client.GET("/v1/tenants/{tenant}/audit-events", {
        params: {
          query: {
            limit: 50,
            ...(pageParam ? { cursor: pageParam } : {}),
            ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)),
          },
        },
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
  const rows = events.data?.pages.flatMap((p) => p.items) ?? [];
  const apply = (v: Filter) =>
    setFilter({
      actor: v.actor || undefined,
      action: v.action?.trim() || undefined,
      targetType: v.targetType?.trim() || undefined,
      targetId: v.targetId?.trim() || undefined,
      from: instant(v.from),
      to: instant(v.to),
    });
  return (
    <div className="page">
      <Typography.Title level={4}>{t("audit")}</Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form<Filter> form={form} layout="vertical" onFinish={apply}>
          <Row gutter={12}>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item name="actor" label={t("actor")}>
                <Select
                  allowClear
                  showSearch={{ optionFilterProp: "label" }}
                  options={(users.data?.items ?? []).map((u) => ({
                    value: u.id,
                    label: `${u.displayName}（${u.username}）`,
                  }))}
                />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item name="action" label={t("action")}>
                <Input placeholder="apiKey.create" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item name="targetType" label={t("targetType")}>
                <Input placeholder="company" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item name="targetId" label={t("targetId")}>
                <Input placeholder="com_…" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item name="from" label={t("from")}>
                <Input type="datetime-local" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12} lg={8}>
              <Form.Item name="to" label={t("to")}>
                <Input type="datetime-local" />
              </Form.Item>
            </Col>
          </Row>
          <Space>
            <Button type="primary" htmlType="submit">
              {t("search")}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilter({});
              }}
            >
              {t("reset")}
            </Button>
          </Space>
        </Form>
      </Card>
      {events.isError && <Alert type="error" showIcon title={errorText(events.error)} />}
      <Table
        size="small"
        rowKey="id"
        loading={events.isFetching}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 720 }}
        data-testid="audit-table"
        expandable={{ expandedRowRender: (e) => <Change event={e} /> }}
        columns={[
          { title: t("time"), width: 170, render: (_, e) => formatTime(e.at, lang) },
          {
            title: t("actor"),
            render: (_, e) => e.actorName ?? (e.actorType === "system" ? t("system") : (e.actorId ?? "—")),
          },
          { title: t("action"), render: (_, e) => <Tag>{e.action}</Tag> },
          { title: t("targetType"), dataIndex: "targetType" },
          {
            title: t("targetId"),
            render: (_, e) => <span className="audit-value">{e.targetId ?? "—"}</span>,
          },
        ]}
      />
      {events.hasNextPage && (
        <Button
          style={{ marginTop: 12 }}
          loading={events.isFetchingNextPage}
          onClick={() => events.fetchNextPage()}
        >
          {t("loadMore")}
        </Button>
      )}
    </div>
  );
}
