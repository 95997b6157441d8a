import type { Schema } from "@propgov/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useNavigate, useParams } from "react-router";
import { client } from "../../api/client";
import { errorText, showFieldErrors } from "../../api/errors";
import { useUser } from "../../api/session";
import { Figures, formatTime } from "../../components/Figures";
import { useI18n } from "../../i18n/i18n";
import { kindLabel, ruleText, statusColor, statusLabel } from "./labels";

type Detail = Schema<"AssessmentDetail">;
type Scorecard = Schema<"Scorecard">;
type Item = Schema<"ScorecardItem">;

const key = (id: string) => ["assessments", "detail", id];

function ScoreDialog({
  assessment,
  card,
  item,
  onClose,
}: {
  assessment: Detail;
  card: Scorecard;
  item: Item;
  onClose(): void;
}) {
  const { t, pick } = useI18n();
  const [form] = Form.useForm<{ score: number; evidence: string }>();
  const [banner, setBanner] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (v: { score: number; evidence: string }) =>
      client.PUT("/v1/tenants/{tenant}/assessments/{id}/scorecards/{scorecardId}/items/{itemId}", {
        params: { path: { id: assessment.id, scorecardId: card.id, itemId: item.id } },
        body: v,
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: key(assessment.id) });
      onClose();
    },
    onError: (error) => setBanner(showFieldErrors(form, error, [["score"], ["evidence"]])),
  });
  return (
    <Modal
      open
      title={`${t("enterScore")} · ${card.targetName} · ${pick(item.title)}`}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("save")}
      confirmLoading={save.isPending}
    >
      {banner.length > 0 && (
        <Alert type="error" showIcon title={banner.join("；")} style={{ marginBottom: 12 }} />
      )}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ score: item.manual?.score, evidence: item.manual?.evidence }}
        onFinish={(v) => {
          setBanner([]);
          save.mutate(v);
        }}
      >
        <Form.Item
          name="score"
          label={`${t("itemScore")}（0–${item.points}）`}
          rules={[{ required: true, message: t("required") }]}
        >
          <InputNumber min={0} step={0.5} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="evidence" label={t("evidence")} rules={[{ required: true, message: t("required") }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ItemsTable({
  assessment,
  card,
  onScore,
}: {
  assessment: Detail;
  card: Scorecard;
  onScore(item: Item): void;
}) {
  const { t, lang, pick } = useI18n();
  const draft = assessment.status === "draft";
  return (
    <Space orientation="vertical" style={{ width: "100%" }}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={card.items}
        scroll={{ x: 760 }}
        data-testid={`items-${card.id}`}
        columns={[
          { title: t("item"), render: (_, i) => pick(i.title), width: 160 },
          { title: t("points"), dataIndex: "points", width: 70 },
          {
            title: t("itemScore"),
            width: 90,
            render: (_, i) => (i.scored ? Math.round(i.score * 100) / 100 : <Tag>{t("notScored")}</Tag>),
          },
          {
            title: t("rule"),
            width: 200,
            render: (_, i) =>
              String(i.source.metric) === "manual" ? t("manualScore") : ruleText(i.rule, lang),
          },
          {
            title: t("figures"),
            render: (_, i) =>
              i.manual ? (
                <Descriptions
                  size="small"
                  column={1}
                  bordered
                  items={[
                    { key: "score", label: t("manualScore"), children: i.manual.score },
                    { key: "evidence", label: t("evidence"), children: i.manual.evidence },
                    { key: "at", label: t("time"), children: formatTime(i.manual.at ?? null, lang) },
                  ]}
                />
              ) : i.notScored ? (
                <Typography.Text type="secondary">{pick(i.notScored)}</Typography.Text>
              ) : (
                <Figures data={i.figures} />
              ),
          },
          {
            title: t("actions"),
            width: 100,
            render: (_, i) =>
              draft && String(i.source.metric) === "manual" ? (
                <Button size="small" onClick={() => onScore(i)}>
                  {t("enterScore")}
                </Button>
              ) : null,
          },
        ]}
      />
      {card.vetoes.length > 0 && (
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={card.vetoes}
          columns={[
            { title: t("vetoes"), render: (_, v) => pick(v.title) },
            {
              title: t("status"),
              render: (_, v) =>
                v.triggered ? <Tag color="red">{t("triggered")}</Tag> : <Tag>{t("notTriggered")}</Tag>,
            },
            { title: t("figures"), render: (_, v) => <Figures data={v.figures} /> },
          ]}
        />
      )}
    </Space>
  );
}

/** One assessment: its scorecards with the figures behind each score, manual entries, publish, revise. */
export default function AssessmentDetail() {
  const { id = "" } = useParams();
  const { t, lang } = useI18n();
  const user = useUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [scoring, setScoring] = useState<{ card: Scorecard; item: Item } | null>(null);
  const [reviseOpen, setReviseOpen] = useState(false);
  const [reviseForm] = Form.useForm<{ reason: string }>();
  const detail = useQuery({
    queryKey: key(id),
    queryFn: () => client.GET("/v1/tenants/{tenant}/assessments/{id}", { params: { path: { id } } }),
  });
  const done = (next: Detail) => {
    queryClient.setQueryData(key(next.id), next);
    queryClient.invalidateQueries({ queryKey: ["assessments", "list"] });
    queryClient.invalidateQueries({ queryKey: ["credit"] });
  };
  const publish = useMutation({
    mutationFn: () =>
      client.POST("/v1/tenants/{tenant}/assessments/{id}/publish", { params: { path: { id } } }),
    onSuccess: (next) => {
      done(next);
      message.success(t("published"));
    },
    onError: (error) => message.error(errorText(error)),
  });
  const recompute = useMutation({
    mutationFn: () =>
      client.POST("/v1/tenants/{tenant}/assessments/{id}/recompute", { params: { path: { id } } }),
    onSuccess: done,
    onError: (error) => message.error(errorText(error)),
  });
  const revise = useMutation({
    mutationFn: (reason: string) =>
      client.POST("/v1/tenants/{tenant}/assessments/{id}/revisions", {
        params: { path: { id } },
        body: { reason },
      }),
    onSuccess: (next) => {
      done(next);
      setReviseOpen(false);
      navigate(`/assessments/${next.id}`);
    },
    onError: (error) => showFieldErrors(reviseForm, error, [["reason"]]),
  });
  if (detail.isPending) return <Spin />;
  if (detail.isError) return <Alert type="error" showIcon title={errorText(detail.error)} />;
  const a = detail.data;
  const reportUrl = `/v1/tenants/${user.tenant?.slug ?? ""}/assessments/${a.id}/report?lang=${lang}`;
  const byTemplate = new Map<string, Scorecard[]>();
  for (const card of a.scorecards)
    byTemplate.set(card.templateCode, [...(byTemplate.get(card.templateCode) ?? []), card]);
  return (
    <div className="page">
      <Space wrap style={{ marginBottom: 8 }}>
        <Link to="/assessments">← {t("back")}</Link>
      </Space>
      <Typography.Title level={4}>
        {t(kindLabel[a.kind])} · {a.period}
      </Typography.Title>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            {
              key: "status",
              label: t("status"),
              children: (
                <Tag color={statusColor[a.status]} data-testid="assessment-status">
                  {t(statusLabel[a.status])}
                </Tag>
              ),
            },
            { key: "revision", label: t("revision"), children: a.revision },
            {
              key: "templates",
              label: t("templates"),
              children: a.templates.map((x) => `${x.code} v${x.version}`).join("、"),
            },
            { key: "computed", label: t("recompute"), children: formatTime(a.computedAt, lang) },
            { key: "published", label: t("published"), children: formatTime(a.publishedAt, lang) },
            ...(a.reason ? [{ key: "reason", label: t("reason"), children: a.reason }] : []),
          ]}
        />
        <Space wrap style={{ marginTop: 12 }}>
          {a.status === "draft" && (
            <>
              <Button loading={recompute.isPending} onClick={() => recompute.mutate()}>
                {t("recompute")}
              </Button>
              <Popconfirm
                title={t("publishConfirm")}
                onConfirm={() => publish.mutate()}
                okText={t("publish")}
              >
                <Button type="primary" loading={publish.isPending}>
                  {t("publish")}
                </Button>
              </Popconfirm>
            </>
          )}
          {a.status === "published" && <Button onClick={() => setReviseOpen(true)}>{t("revise")}</Button>}
          <a href={reportUrl} target="_blank" rel="noreferrer" data-testid="report-link">
            {t("printableReport")}
          </a>
        </Space>
      </Card>
      {[...byTemplate.entries()].map(([code, cards]) => (
        <Card key={code} size="small" title={`${t("scorecards")} · ${code}`} style={{ marginBottom: 16 }}>
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={cards}
            scroll={{ x: 640 }}
            data-testid={`scorecards-${code}`}
            expandable={{
              expandedRowRender: (card) => (
                <ItemsTable assessment={a} card={card} onScore={(item) => setScoring({ card, item })} />
              ),
            }}
            columns={[
              { title: t("rank"), dataIndex: "rank", width: 70, render: (r) => r ?? "—" },
              { title: t("name"), dataIndex: "targetName" },
              { title: t("total"), width: 90, render: (_, c) => Math.round(c.total * 100) / 100 },
              {
                title: t("grade"),
                width: 110,
                render: (_, c) =>
                  !c.assessable ? (
                    <Tag>{t("notAssessable")}</Tag>
                  ) : c.vetoed ? (
                    <Tag color="red">{t("vetoed")}</Tag>
                  ) : (
                    <Tag color={c.passed ? "green" : "orange"}>{c.grade ?? "—"}</Tag>
                  ),
              },
              {
                title: t("change"),
                width: 90,
                render: (_, c) =>
                  c.change === null ? "—" : `${c.change > 0 ? "+" : ""}${Math.round(c.change * 100) / 100}`,
              },
            ]}
          />
        </Card>
      ))}
      {scoring && (
        <ScoreDialog
          assessment={a}
          card={scoring.card}
          item={scoring.item}
          onClose={() => setScoring(null)}
        />
      )}
      <Modal
        open={reviseOpen}
        title={t("revise")}
        onCancel={() => setReviseOpen(false)}
        onOk={() => reviseForm.submit()}
        confirmLoading={revise.isPending}
        okText={t("revise")}
      >
        <Typography.Paragraph type="secondary">{t("reviseHelp")}</Typography.Paragraph>
        <Form form={reviseForm} layout="vertical" onFinish={(v) => revise.mutate(v.reason.trim())}>
          <Form.Item name="reason" label={t("reason")} rules={[{ required: true, message: t("required") }]}>
            <Input.TextArea rows={3} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
