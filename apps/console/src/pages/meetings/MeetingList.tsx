import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Empty, Space, Spin, Tag, Typography } from "antd";
import { Link, useNavigate } from "react-router";
import { type Meeting, useMeetings } from "../../api/meetings";
import { problemText } from "../../api/problems";
import { hasRole, useUser } from "../../api/session";
import { formatTime } from "../../components/Figures";
import { useI18n } from "../../i18n/i18n";
import { meetingWriters } from "../../layout/nav";
import { meetingKindLabel, meetingStatusColors, meetingStatusLabel } from "../tasks/labels";

function MeetingCard({ m }: { m: Meeting }) {
  const { t, lang } = useI18n();
  return (
    <li className="work-card" data-testid="meeting-card" data-meeting={m.id}>
      <Link to={`/work/meetings/${m.id}`} className="work-card-link">
        <div className="work-card-head">
          <Typography.Text strong className="work-card-title">
            {m.title}
          </Typography.Text>
          <Space size={4} wrap>
            <Tag>{meetingKindLabel(t, m.kind)}</Tag>
            <Tag color={meetingStatusColors[m.status]}>{meetingStatusLabel(t, m.status)}</Tag>
          </Space>
        </div>
        <div className="work-card-meta">
          {m.unitName} · {formatTime(m.scheduledAt, lang)}
          {m.convenedBy ? ` · ${m.convenedBy.name}` : ""}
        </div>
      </Link>
    </li>
  );
}

/** Meetings (会议议事): planned ones first, soonest first; then those held and closed. */
export default function MeetingList() {
  const { t, pick } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const meetings = useMeetings();
  const items = meetings.data ?? [];
  return (
    <div className="work-page duty-page">
      <div className="work-page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("meetings")}
        </Typography.Title>
        {hasRole(user, meetingWriters) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/work/meetings/new")}>
            {t("newMeeting")}
          </Button>
        )}
      </div>
      {meetings.error !== null && (
        <Alert
          type="error"
          showIcon
          message={problemText(t, pick, meetings.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      {meetings.isPending ? (
        <Spin />
      ) : items.length === 0 ? (
        <Empty description={t("noMeetings")} />
      ) : (
        <ul className="work-list" data-testid="meeting-list">
          {items.map((m) => (
            <MeetingCard key={m.id} m={m} />
          ))}
        </ul>
      )}
    </div>
  );
}
