import { ArrowLeftOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Empty,
  Form,
  Input,
  Result,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { problemText, showProblem, statusLabel } from "../../api/problems";
import { useUser } from "../../api/session";
import {
  actionsFor,
  type CaseAction,
  type CaseWithTimeline,
  mayComment,
  useCase,
  useCaseAttachments,
  useComment,
  useNow,
} from "../../api/work";
import { AttachmentList } from "../../components/AttachmentList";
import { formatTime } from "../../components/Figures";
import { useI18n } from "../../i18n/i18n";
import { ActionForm } from "./ActionForm";
import { Countdown } from "./Countdown";
import {
  actionLabel,
  channelLabel,
  eventLabel,
  primaryActions,
  priorityLabel,
  ratingLabel,
  statusColors,
} from "./labels";

type Event = CaseWithTimeline["timeline"][number];

/** The words an event carries (its note, outcome, reason, comment, rating), for the timeline. */
function eventDetail(e: Event, t: ReturnType<typeof useI18n>["t"]): string {
  const p = e.payload as Record<string, unknown>;
  const parts: string[] = [];
  if (typeof p.rating === "string") parts.push(ratingLabel(t, p.rating));
  for (const key of ["outcome", "note", "reason", "comment", "text"]) {
    if (typeof p[key] === "string" && p[key] !== "") parts.push(p[key] as string);
  }
  return parts.join(" · ");
}

function Deadlines({ c }: { c: CaseWithTimeline }) {
  const { t, pick, lang } = useI18n();
  const now = useNow();
  const finished = ["resolved", "rated", "closed", "cancelled", "merged"].includes(c.status);
  const row = (
    label: string,
    due: string | null | undefined,
    met: string | null | undefined,
    key: string,
  ) => (
    <Descriptions.Item key={key} label={label}>
      <Space size={4} wrap>
        <span>{formatTime(due, lang)}</span>
        {met ? (
          <Tag color="success">✓ {formatTime(met, lang)}</Tag>
        ) : (
          due &&
          !finished &&
          c.status !== "awaitingDispatch" && (
            <Countdown deadline={{ kind: "resolution", at: due }} now={now} bare />
          )
        )}
      </Space>
    </Descriptions.Item>
  );
  return (
    <Descriptions column={1} size="small" bordered data-testid="case-deadlines">
      {row(t("dueFirstContact"), c.firstContactDueAt, c.contactedAt, "firstContact")}
      {c.dispatch?.acknowledgeDueAt &&
        row(t("dueAcknowledge"), c.dispatch.acknowledgeDueAt, c.dispatch.acknowledgedAt, "ack")}
      {c.departments
        .filter((d) => d.round === c.round && !d.withdrawnAt)
        .map((d) =>
          row(`${t("dueCheckIn")}（${pick(d.name)}）`, d.checkInDueAt, d.checkedInAt, d.departmentId),
        )}
      {row(t("dueResolution"), c.resolutionDueAt, c.resolvedAt, "resolution")}
      {c.supervision?.dueAt && row(t("dueSupervision"), c.supervision.dueAt, null, "supervision")}
      {c.extension.pending && (
        <Descriptions.Item label={t("dueExtension")}>
          {formatTime(c.extension.pending.dueAt, lang)} · {c.extension.pending.reason}
        </Descriptions.Item>
      )}
    </Descriptions>
  );
}

function Photos({ c }: { c: CaseWithTimeline }) {
  const { t } = useI18n();
  const attachments = useCaseAttachments(c.id);
  const items = attachments.data?.items ?? [];
  if (attachments.isPending) return <Spin />;
  if (items.length === 0 && c.photos.length === 0) return <Empty description={t("noPhotos")} />;
  return (
    <AttachmentList
      items={items}
      testId="case-photos"
      // Photos the resident linked: addresses elsewhere, shown as links only (nothing is fetched).
      extra={c.photos.map((url) => (
        <li key={url}>
          <Typography.Text copyable className="case-photo-file">
            {url}
          </Typography.Text>
        </li>
      ))}
    />
  );
}

function Comment({ c }: { c: CaseWithTimeline }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string; internal: boolean }>();
  const [banner, setBanner] = useState<string | null>(null);
  const comment = useComment(c.id);
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ internal: false }}
      onFinish={async (v) => {
        setBanner(null);
        try {
          await comment.mutateAsync({ text: v.text ?? "", internal: v.internal });
          form.resetFields();
          message.success(t("commentAdded"));
        } catch (error) {
          setBanner(showProblem(form, error, ["text"], t, pick));
        }
      }}
    >
      {banner && <Alert type="error" showIcon message={banner} style={{ marginBottom: 8 }} />}
      <Form.Item name="text" label={t("addComment")}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="internal" valuePropName="checked" noStyle>
          <Checkbox>{t("internalComment")}</Checkbox>
        </Form.Item>
        <Button htmlType="submit" loading={comment.isPending}>
          {t("comment")}
        </Button>
      </Space>
    </Form>
  );
}

export default function CaseDetail() {
  const { id = "" } = useParams();
  const { t, pick, lang } = useI18n();
  const user = useUser();
  const query = useCase(id);
  const [action, setAction] = useState<CaseAction | null>(null);
  if (query.isPending) return <Spin />;
  if (query.isError)
    return (
      <Result
        status="warning"
        title={problemText(t, pick, query.error)}
        extra={<Link to="/work">{t("back")}</Link>}
      />
    );
  const c = query.data;
  const actions = actionsFor(user, c);
  const ordered = [...actions].sort(
    (a, b) =>
      (primaryActions.includes(a) ? primaryActions.indexOf(a) : 99) -
      (primaryActions.includes(b) ? primaryActions.indexOf(b) : 99),
  );
  const label = (a: CaseAction) =>
    a === "resolve" && c.status === "contacted" ? t("actionResolveOnSpot") : actionLabel(t, a);
  const readOnly = user.roles.every((r) => r === "companyStaff" || r === "committeeMember");
  return (
    <div className="work-page case-detail">
      <div className="work-page-head">
        <Space size={4} wrap>
          <Link to="/work" aria-label={t("back")} className="touch-link">
            <ArrowLeftOutlined />
          </Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {c.number}
          </Typography.Title>
        </Space>
        <Space size={4} wrap>
          {c.overdue.any && <Tag color="error">{t("overdue")}</Tag>}
          <Tag color={statusColors[c.status]} data-testid="case-status">
            {statusLabel(t, c.status)}
          </Tag>
        </Space>
      </div>

      <Card size="small" className="work-section" title={t("actions")}>
        {readOnly ? (
          <Typography.Text type="secondary">{t("readOnlyCase")}</Typography.Text>
        ) : ordered.length === 0 ? (
          <Typography.Text type="secondary">{t("noActions")}</Typography.Text>
        ) : (
          <div className="case-actions" data-testid="case-actions">
            {ordered.map((a, i) => (
              <Button
                key={a}
                type={i === 0 ? "primary" : "default"}
                size="large"
                onClick={() => setAction(a)}
              >
                {label(a)}
              </Button>
            ))}
          </div>
        )}
      </Card>

      <Card size="small" className="work-section">
        <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{c.description}</Typography.Paragraph>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t("category")}>{pick(c.category.name)}</Descriptions.Item>
          <Descriptions.Item label={t("compound")}>{c.compound.name}</Descriptions.Item>
          <Descriptions.Item label={t("location")}>
            {c.location?.text ?? "—"}
            {c.location?.lat !== undefined && ` (${c.location.lat}, ${c.location.long})`}
          </Descriptions.Item>
          <Descriptions.Item label={t("reporter")}>
            <span data-testid="case-reporter">
              {c.reporter ? `${c.reporter.name} ${c.reporter.phone}` : "—"}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t("guarantor")}>{c.guarantor?.name ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("channel")}>{channelLabel(t, c.channel)}</Descriptions.Item>
          <Descriptions.Item label={t("priority")}>{priorityLabel(t, c.priority)}</Descriptions.Item>
          <Descriptions.Item label={t("receivedAt")}>{formatTime(c.receivedAt, lang)}</Descriptions.Item>
          {c.rating && <Descriptions.Item label={t("rating")}>{ratingLabel(t, c.rating)}</Descriptions.Item>}
        </Descriptions>
      </Card>

      <Card size="small" className="work-section" title={t("deadlines")}>
        <Deadlines c={c} />
      </Card>

      {c.departments.length > 0 && (
        <Card size="small" className="work-section" title={t("departmentsSummoned")}>
          <ul className="case-departments" data-testid="case-departments">
            {c.departments.map((d) => (
              <li key={`${d.departmentId}-${d.round}`}>
                <Typography.Text strong>{pick(d.name)}</Typography.Text>
                <Space size={4} wrap>
                  {d.withdrawnAt && <Tag>{t("withdrawn")}</Tag>}
                  {d.checkInOverdue && <Tag color="error">{t("overdue")}</Tag>}
                  <Tag color={d.checkedInAt ? "blue" : "default"}>
                    {t("checkedInAt")} {formatTime(d.checkedInAt, lang)}
                  </Tag>
                  <Tag color={d.completedAt ? "green" : "default"}>
                    {t("completedAt")} {formatTime(d.completedAt, lang)}
                  </Tag>
                </Space>
                {d.outcome && <div className="case-outcome">{d.outcome}</div>}
              </li>
            ))}
          </ul>
        </Card>
      )}

      <Card size="small" className="work-section" title={t("photos")}>
        <Photos c={c} />
      </Card>

      <Card size="small" className="work-section" title={t("timeline")}>
        <Timeline
          data-testid="case-timeline"
          items={c.timeline.map((e) => ({
            key: e.id,
            color:
              e.type === "closed" || e.type === "resolved" ? "green" : e.type === "returned" ? "red" : "blue",
            children: (
              <div className="timeline-event" data-event={e.type}>
                <Typography.Text strong>{eventLabel(t, e.type)}</Typography.Text>{" "}
                <Typography.Text type="secondary">
                  {formatTime(e.at, lang)} ·{" "}
                  {e.actor.type === "public"
                    ? t("actorPublic")
                    : e.actor.type === "system"
                      ? t("actorSystem")
                      : (e.actor.name ?? "")}
                </Typography.Text>
                {eventDetail(e, t) && <div>{eventDetail(e, t)}</div>}
              </div>
            ),
          }))}
        />
        {mayComment(user.roles) && <Comment c={c} />}
      </Card>

      <ActionForm c={c} action={action} onClose={() => setAction(null)} />
    </div>
  );
}
