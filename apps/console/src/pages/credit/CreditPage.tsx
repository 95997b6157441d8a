import type { Schema } from "@propgov/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Modal,
  Radio,
  Select,
  Space,
  Switch,
  Table,
  Tabs,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { client } from "../../api/client";
import { errorText, showFieldErrors } from "../../api/errors";
import { hasRole, useUser } from "../../api/session";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";

type Record_ = Schema<"CreditRecord">;
type Source = Record_["source"];
type NewRecord = Schema<"CreateCreditRecordRequest">;

const sourceLabel: Record<Source, MessageKey> = {
  manual: "sourceManual",
  administrativePenalty: "sourceAdministrativePenalty",
  award: "sourceAward",
  assessment: "sourceAssessment",
  finding: "sourceFinding",
};

/** Today in the county's zone (Mengcheng: Asia/Shanghai), `YYYY-MM-DD`. */
const today = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

const recordFields = [
  ["kind"],
  ["category"],
  ["points"],
  ["source"],
  ["evidence"],
  ["effectiveOn"],
  ["expiresOn"],
  ["public"],
  ["penalty"],
  ...[
    "decisionNumber",
    "authority",
    "fine",
    "decidedOn",
    "penaltyType",
    "partyCategory",
    "violationType",
    "publicUntil",
    "cause",
    "basis",
    "content",
  ].map((f) => ["penalty", f]),
];

/**
 * Files a record. County administrators file any (good or bad); department officers only
 * administrative penalties, as the API allows. The API's errors land at the fields they name.
 */
function AddRecordDialog({ companyId, onClose }: { companyId: string; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const user = useUser();
  const penaltyOnly = !hasRole(user, ["countyAdmin"]);
  const [form] = Form.useForm<NewRecord>();
  const source = Form.useWatch("source", form) as Source | undefined;
  const [banner, setBanner] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (v: NewRecord) => {
      const penalty = v.source === "administrativePenalty" ? v.penalty : undefined;
      return client.POST("/v1/tenants/{tenant}/credit/companies/{id}/records", {
        params: { path: { id: companyId } },
        body: {
          ...v,
          expiresOn: v.expiresOn ? v.expiresOn : null,
          penalty: penalty
            ? (Object.fromEntries(
                Object.entries(penalty).filter(([, x]) => x !== undefined && x !== "" && x !== null),
              ) as NewRecord["penalty"])
            : null,
        },
      });
    },
    onSuccess: () => {
      message.success(t("recordFiled"));
      queryClient.invalidateQueries({ queryKey: ["credit"] });
      onClose();
    },
    onError: (error) => setBanner(showFieldErrors(form, error, recordFields)),
  });
  const sources: Source[] = penaltyOnly
    ? ["administrativePenalty"]
    : ["manual", "administrativePenalty", "award"];
  return (
    <Modal
      open
      title={t("addCreditRecord")}
      onCancel={onClose}
      okText={t("save")}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      width={720}
      destroyOnHidden
    >
      {penaltyOnly && (
        <Alert type="info" showIcon title={t("penaltyOnlyHelp")} style={{ marginBottom: 12 }} />
      )}
      {banner.length > 0 && (
        <Alert type="error" showIcon title={banner.join("；")} style={{ marginBottom: 12 }} />
      )}
      <Form<NewRecord>
        form={form}
        layout="vertical"
        initialValues={{
          kind: "bad",
          source: penaltyOnly ? "administrativePenalty" : "manual",
          effectiveOn: today(),
          public: true,
          penalty: { partyCategory: "legalPerson" },
        }}
        onFinish={(v) => {
          setBanner([]);
          create.mutate({ ...form.getFieldsValue(true), ...v });
        }}
        data-testid="credit-record-form"
      >
        <Space wrap align="start" size={[16, 0]}>
          <Form.Item name="kind" label={t("kind")}>
            <Radio.Group
              disabled={penaltyOnly}
              optionType="button"
              options={[
                { value: "good", label: t("good") },
                { value: "bad", label: t("bad") },
              ]}
            />
          </Form.Item>
          <Form.Item name="source" label={t("creditSource")}>
            <Select
              style={{ width: 200 }}
              options={sources.map((s) => ({ value: s, label: t(sourceLabel[s]) }))}
            />
          </Form.Item>
          <Form.Item name="points" label={t("points")}>
            <InputNumber min={0} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item name="public" label={t("publicRecord")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item name="category" label={t("category")}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="evidence" label={t("evidence")}>
          <Input.TextArea rows={2} maxLength={4000} />
        </Form.Item>
        <Space wrap size={[16, 0]}>
          <Form.Item name="effectiveOn" label={t("effectiveOn")}>
            <Input placeholder="2026-03-01" style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="expiresOn" label={t("expiresOn")}>
            <Input placeholder="2027-03-01" style={{ width: 160 }} />
          </Form.Item>
        </Space>
        {source === "administrativePenalty" && (
          <section aria-label={t("penalties")}>
            <Typography.Title level={5}>{t("penalties")}</Typography.Title>
            <Space wrap align="start" size={[16, 0]}>
              <Form.Item name={["penalty", "decisionNumber"]} label={t("decisionNumber")}>
                <Input style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name={["penalty", "authority"]} label={t("authority")}>
                <Input style={{ width: 240 }} />
              </Form.Item>
              <Form.Item name={["penalty", "fine"]} label={t("fine")}>
                <InputNumber min={0} style={{ width: 140 }} />
              </Form.Item>
              <Form.Item name={["penalty", "decidedOn"]} label={t("decidedOn")}>
                <Input placeholder="2026-03-01" style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name={["penalty", "penaltyType"]} label={t("penaltyType")}>
                <Input placeholder="罚款" style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name={["penalty", "partyCategory"]} label={t("partyCategory")}>
                <Select
                  style={{ width: 220 }}
                  options={[
                    { value: "legalPerson", label: t("partyLegalPerson") },
                    { value: "individualBusiness", label: t("partyIndividualBusiness") },
                  ]}
                />
              </Form.Item>
              <Form.Item name={["penalty", "violationType"]} label={t("violationType")}>
                <Input style={{ width: 200 }} />
              </Form.Item>
              <Form.Item name={["penalty", "publicUntil"]} label={t("publicUntil")}>
                <Input placeholder="2027-03-01" style={{ width: 160 }} />
              </Form.Item>
            </Space>
            <Form.Item name={["penalty", "cause"]} label={t("penaltyCause")}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Form.Item name={["penalty", "basis"]} label={t("penaltyBasis")}>
              <Input />
            </Form.Item>
            <Form.Item name={["penalty", "content"]} label={t("penaltyContent")}>
              <Input />
            </Form.Item>
          </section>
        )}
      </Form>
    </Modal>
  );
}

/** Revokes a record with a reason (county administrators); it stays in the history as revoked. */
function RevokeDialog({ record, onClose }: { record: Record_; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [banner, setBanner] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: (v: { reason: string }) =>
      client.POST("/v1/tenants/{tenant}/credit/records/{id}/revoke", {
        params: { path: { id: record.id } },
        body: { reason: v.reason ?? "" },
      }),
    onSuccess: () => {
      message.success(t("recordRevoked"));
      queryClient.invalidateQueries({ queryKey: ["credit"] });
      onClose();
    },
    onError: (error) => setBanner(showFieldErrors(form, error, [["reason"]])),
  });
  return (
    <Modal
      open
      title={`${t("revokeRecord")} · ${record.category}`}
      onCancel={onClose}
      okText={t("revoke")}
      okButtonProps={{ danger: true }}
      confirmLoading={revoke.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {banner.length > 0 && (
        <Alert type="error" showIcon title={banner.join("；")} style={{ marginBottom: 12 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => {
          setBanner([]);
          revoke.mutate(v);
        }}
      >
        <Form.Item name="reason" label={t("revokeReason")}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

const gradeColor: Record<string, string> = { AAA: "green", AA: "cyan", A: "blue", B: "orange", C: "red" };

function RecordsTable({
  records,
  testId,
  onRevoke,
}: {
  records: Record_[];
  testId: string;
  /** County administrators: revoke a record in force. */
  onRevoke?: ((record: Record_) => void) | undefined;
}) {
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
          { title: t("category"), dataIndex: "category", width: 120 },
          { title: t("points"), width: 70, render: (_, r) => `${r.kind === "good" ? "+" : "−"}${r.points}` },
          { title: t("evidence"), dataIndex: "evidence", minWidth: 200 },
          { title: t("effectiveOn"), dataIndex: "effectiveOn", width: 110 },
          { title: t("expiresOn"), dataIndex: "expiresOn", width: 110 },
          {
            title: t("status"),
            width: 120,
            render: (_, r) =>
              r.revokedAt ? (
                <Space orientation="vertical" size={0}>
                  <Tag>{t("revoked")}</Tag>
                  <Typography.Text type="secondary">{r.revokeReason}</Typography.Text>
                </Space>
              ) : onRevoke ? (
                <Button
                  size="small"
                  danger
                  onClick={() => onRevoke(r)}
                  aria-label={`${t("revokeRecord")} ${r.category}`}
                >
                  {t("revoke")}
                </Button>
              ) : null,
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
  const user = useUser();
  const isAdmin = hasRole(user, ["countyAdmin"]);
  const mayFile = hasRole(user, ["countyAdmin", "departmentOfficer"]);
  const [adding, setAdding] = useState(false);
  const [revoking, setRevoking] = useState<Record_ | null>(null);
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
      extra={
        mayFile && f ? (
          <Button type="primary" onClick={() => setAdding(true)}>
            {t("addCreditRecord")}
          </Button>
        ) : null
      }
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
              {
                key: "grade",
                label: t("grade"),
                children: (
                  <Tag color={gradeColor[f.grade]} data-testid="credit-grade">
                    {f.grade}
                  </Tag>
                ),
              },
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
                children: (
                  <RecordsTable
                    records={f.records}
                    testId="credit-records"
                    onRevoke={isAdmin ? setRevoking : undefined}
                  />
                ),
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
      {adding && <AddRecordDialog companyId={id} onClose={() => setAdding(false)} />}
      {revoking && <RevokeDialog record={revoking} onClose={() => setRevoking(null)} />}
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
