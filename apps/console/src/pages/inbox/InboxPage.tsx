import { Alert, Button, Checkbox, Empty, Space, Spin, Tag, Typography } from "antd";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useMarkRead, useNotifications } from "../../api/notifications";
import { problemText } from "../../api/problems";
import { formatTime } from "../../components/Figures";
import { useI18n } from "../../i18n/i18n";

/** The signed-in person's notifications, newest first: open one to read it and go to its case. */
export default function InboxPage() {
  const { t, pick, lang } = useI18n();
  const navigate = useNavigate();
  const [unread, setUnread] = useState(false);
  const [cursors, setCursors] = useState<string[]>([]);
  const list = useNotifications(unread, cursors.at(-1));
  const mark = useMarkRead();
  const items = list.data?.items ?? [];
  return (
    <div className="work-page">
      <div className="work-page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("inbox")}
          {list.data && list.data.unreadCount > 0 && (
            <Tag color="red" style={{ marginInlineStart: 8 }} data-testid="inbox-unread">
              {t("unread")} {list.data.unreadCount}
            </Tag>
          )}
        </Typography.Title>
        <Space wrap>
          <Checkbox
            checked={unread}
            onChange={(e) => {
              setUnread(e.target.checked);
              setCursors([]);
            }}
          >
            {t("onlyUnread")}
          </Checkbox>
          <Button onClick={() => mark.mutate("all")} loading={mark.isPending}>
            {t("markAllRead")}
          </Button>
        </Space>
      </div>
      {list.isError && <Alert type="error" showIcon message={problemText(t, pick, list.error)} />}
      {list.isPending && <Spin />}
      {!list.isPending && items.length === 0 && <Empty description={t("noData")} />}
      <ul className="work-list" data-testid="inbox-list">
        {items.map((n) => {
          const caseId = n.subjectType === "case" ? n.subjectId : null;
          return (
            <li key={n.id} className={`work-card inbox-item${n.readAt ? "" : " inbox-unread"}`}>
              <button
                type="button"
                className="work-card-link inbox-open"
                onClick={async () => {
                  if (!n.readAt) await mark.mutateAsync(n.id).catch(() => {});
                  if (caseId) navigate(`/work/cases/${caseId}`);
                }}
              >
                <div className="work-card-head">
                  <Typography.Text strong={!n.readAt}>{pick(n.title)}</Typography.Text>
                  <Space size={4}>
                    {n.urgent && <Tag color="error">!</Tag>}
                    {!n.readAt && <Tag color="red">{t("unread")}</Tag>}
                  </Space>
                </div>
                <div className="work-card-meta">{formatTime(n.createdAt, lang)}</div>
                <div className="work-card-text">{pick(n.body)}</div>
              </button>
            </li>
          );
        })}
      </ul>
      <Space>
        {cursors.length > 0 && <Button onClick={() => setCursors([])}>{t("firstPage")}</Button>}
        {list.data?.nextCursor && (
          <Button onClick={() => setCursors((c) => [...c, list.data.nextCursor as string])}>
            {t("nextPage")}
          </Button>
        )}
      </Space>
    </div>
  );
}
