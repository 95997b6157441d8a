import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Card, Form, Input, Space, Table, Typography } from "antd";
import { Link } from "react-router";
import { client } from "../../api/client";
import { errorText, showFieldErrors } from "../../api/errors";
import { useI18n } from "../../i18n/i18n";

function previousMonth(): string {
  const now = new Date();
  const index = now.getFullYear() * 12 + now.getMonth() - 1;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Run every enabled policy over a period, and the runs so far. */
export default function EvaluationsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ period: string }>();
  const runs = useQuery({
    queryKey: ["evaluations", "list"],
    queryFn: () => client.GET("/v1/tenants/{tenant}/evaluations", { params: { query: { limit: 50 } } }),
  });
  const run = useMutation({
    mutationFn: (period: string) => client.POST("/v1/tenants/{tenant}/evaluations", { body: { period } }),
    onSuccess: (evaluation) => {
      message.success(
        `${t("runEvaluation")}: ${evaluation.period} · ${evaluation.findingCount} ${t("findings")}`,
      );
      queryClient.invalidateQueries({ queryKey: ["evaluations"] });
      queryClient.invalidateQueries({ queryKey: ["findings"] });
    },
    onError: (error) => showFieldErrors(form, error, [["period"]]),
  });
  return (
    <div className="page">
      <Typography.Title level={4}>{t("evaluations")}</Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Form
          form={form}
          layout="inline"
          initialValues={{ period: previousMonth() }}
          onFinish={(values) => run.mutate(values.period.trim())}
        >
          <Form.Item name="period" label={t("period")} rules={[{ required: true, message: t("required") }]}>
            <Input placeholder="2026-11 / 2026-Q4 / 2026" style={{ width: 180 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={run.isPending}>
            {t("runEvaluation")}
          </Button>
        </Form>
      </Card>
      {runs.isError && <Alert type="error" showIcon title={errorText(runs.error)} />}
      <Table
        size="small"
        rowKey="id"
        loading={runs.isFetching}
        dataSource={runs.data?.items ?? []}
        pagination={false}
        data-testid="evaluations-table"
        columns={[
          { title: t("period"), dataIndex: "period" },
          {
            title: t("findings"),
            key: "findings",
            render: (_, row) => <Link to={`/findings?period=${row.period}`}>{row.findingCount}</Link>,
          },
          { title: t("mechanismVersion"), dataIndex: "mechanismVersion" },
          {
            title: t("createdAt"),
            key: "finishedAt",
            render: (_, row) => new Date(row.finishedAt).toLocaleString(),
          },
        ]}
      />
      <Space />
    </div>
  );
}
