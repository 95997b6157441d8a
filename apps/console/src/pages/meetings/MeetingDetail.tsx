import { ArrowLeftOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Empty,
  Grid,
  Result,
  Space,
  Spin,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import {
  type MeetingWithResolutions,
  useCloseMeeting,
  useMeeting,
  useMeetingAttachments,
} from "../../api/meetings";
import { problemText } from "../../api/problems";
import { hasRole, useUser } from "../../api/session";
import { AttachmentList } from "../../components/AttachmentList";
import { formatTime } from "../../components/Figures";
import { useI18n } from "../../i18n/i18n";
import { meetingWriters } from "../../layout/nav";
import {
  matterLabel,
  meetingKindLabel,
  meetingLevelLabel,
  meetingStatusColors,
  meetingStatusLabel,
  unitTypeLabel,
} from "../tasks/labels";
import { HoldForm } from "./HoldForm";
import { ResolutionForm } from "./ResolutionForm";

type Step = "hold" | "resolution";

function Resolutions({ m }: { m: MeetingWithResolutions }) {
  const { t } = useI18n();
  if (m.resolutions.length === 0) return <Empty description={t("noResolutions")} />;
  return (
    <ul className="case-departments" data-testid="meeting-resolutions">
      {m.resolutions.map((r) => (
        <li key={r.id}>
          <Typography.Text className="case-outcome">{r.text}</Typography.Text>
          <div className="work-card-meta">
            {matterLabel(t, r.matter)} · {r.ownerUnit.name} · {t("resolutionDue")} {r.dueOn}
            {r.overdue && (
              <Tag color="error" style={{ marginInlineStart: 8 }}>
                {t("overdue")}
              </Tag>
            )}
          </div>
          {r.taskId && <Link to={`/work/tasks/${r.taskId}`}>{t("resolutionTask")}</Link>}
        </li>
      ))}
    </ul>
  );
}

/** A meeting: where and when, who takes part (and attended), the minutes and their files, resolutions. */
export default function MeetingDetail() {
  const { id = "" } = useParams();
  const { t, pick, lang } = useI18n();
  const user = useUser();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const meeting = useMeeting(id);
  const files = useMeetingAttachments(id);
  const close = useCloseMeeting(id);
  const [step, setStep] = useState<Step | null>(null);
  if (meeting.isPending) return <Spin />;
  if (meeting.error) return <Result status="warning" title={problemText(t, pick, meeting.error)} />;
  const m = meeting.data;
  const writer = hasRole(user, meetingWriters);
  const may = (a: MeetingWithResolutions["allowedActions"][number]) => writer && m.allowedActions.includes(a);
  return (
    <div className="work-page duty-page case-detail">
      <div className="work-page-head">
        <Link to="/work/meetings" className="touch-link" aria-label={t("back")}>
          <ArrowLeftOutlined />
        </Link>
        <Typography.Title level={3} className="duty-title">
          {m.title}
        </Typography.Title>
        <Tag color={meetingStatusColors[m.status]} data-testid="meeting-status">
          {meetingStatusLabel(t, m.status)}
        </Tag>
      </div>
      {writer && (
        <div className="case-actions work-section" data-testid="meeting-actions">
          {may("hold") && (
            <Button type="primary" onClick={() => setStep("hold")}>
              {t("holdMeeting")}
            </Button>
          )}
          {may("addResolutions") && (
            <Button type="primary" onClick={() => setStep("resolution")}>
              {t("addResolution")}
            </Button>
          )}
          {may("close") && (
            <Button
              loading={close.isPending}
              onClick={() =>
                close.mutate(undefined, { onError: (e) => message.error(problemText(t, pick, e)) })
              }
            >
              {t("closeMeeting")}
            </Button>
          )}
        </div>
      )}
      <Card size="small" className="work-section">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t("meetingKind")}>{meetingKindLabel(t, m.kind)}</Descriptions.Item>
          <Descriptions.Item label={t("meetingLevel")}>
            {meetingLevelLabel(t, m.level)} · {m.unitName}
          </Descriptions.Item>
          <Descriptions.Item label={t("convenedBy")}>{m.convenedBy?.name ?? "—"}</Descriptions.Item>
          <Descriptions.Item label={t("scheduledAt")}>{formatTime(m.scheduledAt, lang)}</Descriptions.Item>
          {m.heldAt && (
            <Descriptions.Item label={t("heldAt")}>{formatTime(m.heldAt, lang)}</Descriptions.Item>
          )}
          {m.agenda.map((a) => (
            <Descriptions.Item key={`${a.topic}-${a.matter}`} label={t("agendaTopic")}>
              {a.topic}（{pick(a.matterLabel)}）
            </Descriptions.Item>
          ))}
        </Descriptions>
      </Card>
      <Card size="small" title={t("participants")} className="work-section">
        <ul className="case-departments" data-testid="meeting-participants">
          {m.participants.map((p) => (
            <li key={p.unitId}>
              <Space size={4} wrap>
                <span>{p.name}</span>
                <Typography.Text type="secondary">{unitTypeLabel(t, p.unitType)}</Typography.Text>
                {m.status !== "planned" && (
                  <Tag color={p.attended ? "success" : "default"}>
                    {p.attended ? t("attended") : t("absent")}
                  </Tag>
                )}
              </Space>
            </li>
          ))}
        </ul>
      </Card>
      {m.minutes && (
        <Card size="small" title={t("meetingMinutes")} className="work-section">
          <Typography.Paragraph className="case-outcome" data-testid="meeting-minutes">
            {m.minutes}
          </Typography.Paragraph>
          {files.data && files.data.items.length > 0 && (
            <AttachmentList items={files.data.items} testId="meeting-files" />
          )}
        </Card>
      )}
      <Card size="small" title={t("resolutions")} className="work-section">
        <Resolutions m={m} />
      </Card>
      <Drawer
        open={step !== null}
        onClose={() => setStep(null)}
        title={step === "hold" ? t("holdMeeting") : t("addResolution")}
        size={screens.md ? 480 : "100%"}
        destroyOnHidden
      >
        {step === "hold" && <HoldForm meeting={m} onClose={() => setStep(null)} />}
        {step === "resolution" && <ResolutionForm meeting={m} onClose={() => setStep(null)} />}
      </Drawer>
    </div>
  );
}
