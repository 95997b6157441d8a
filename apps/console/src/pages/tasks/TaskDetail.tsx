import { ArrowLeftOutlined, CheckOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Result,
  Space,
  Spin,
  Tag,
  Timeline,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import { problemText } from "../../api/problems";
import { useUser } from "../../api/session";
import {
  doneStatuses,
  endOfDay,
  isOwnerSide,
  type TaskAction,
  type TaskWithTimeline,
  taskActionsFor,
  useMilestoneDone,
  useTask,
} from "../../api/tasks";
import { useNow } from "../../api/work";
import { formatTime } from "../../components/Figures";
import { useI18n } from "../../i18n/i18n";
import { Countdown } from "../work/Countdown";
import {
  taskActionLabel,
  taskEventLabel,
  taskSourceLabel,
  taskStatusColors,
  taskStatusLabel,
} from "./labels";
import { TaskActionForm } from "./TaskActionForm";

type Event = TaskWithTimeline["events"][number];

/** The words an event carries: a reason (sent back), a note, a milestone's title. */
function eventDetail(e: Event): string {
  const p = e.payload as Record<string, unknown>;
  return ["reason", "note", "title"]
    .map((k) => p[k])
    .filter((v): v is string => typeof v === "string" && v !== "")
    .join(" · ");
}

function Milestones({ task }: { task: TaskWithTimeline }) {
  const { t, pick, lang } = useI18n();
  const user = useUser();
  const { message } = App.useApp();
  const done = useMilestoneDone(task.id);
  const mayReport = isOwnerSide(user, task) && !doneStatuses.includes(task.status);
  if (task.milestones.length === 0) return <Empty description={t("noMilestones")} />;
  return (
    <ul className="duty-milestones" data-testid="task-milestones">
      {task.milestones.map((m, i) => (
        <li key={`${m.title}-${m.dueOn}`}>
          <div className="duty-milestone-main">
            <Typography.Text strong>{m.title}</Typography.Text>
            <div className="work-card-meta">
              {t("milestoneDue")} {m.dueOn}
              {m.overdue && (
                <Tag color="error" style={{ marginInlineStart: 8 }}>
                  {t("overdue")}
                </Tag>
              )}
            </div>
          </div>
          {m.doneAt ? (
            <Tag color="success">
              ✓ {t("milestoneDoneAt")} {formatTime(m.doneAt, lang)}
            </Tag>
          ) : (
            mayReport && (
              <Button
                icon={<CheckOutlined />}
                loading={done.isPending && done.variables === i}
                onClick={() =>
                  done.mutate(i, { onError: (error) => message.error(problemText(t, pick, error)) })
                }
              >
                {t("milestoneDone")}
              </Button>
            )
          )}
        </li>
      ))}
    </ul>
  );
}

/** A task (责任清单): what is asked, milestones, the loop's steps the caller may take, and its history. */
export default function TaskDetail() {
  const { id = "" } = useParams();
  const { t, pick, lang } = useI18n();
  const user = useUser();
  const now = useNow();
  const task = useTask(id);
  const [action, setAction] = useState<TaskAction | null>(null);
  if (task.isPending) return <Spin />;
  if (task.error) return <Result status="warning" title={problemText(t, pick, task.error)} />;
  const x = task.data;
  const actions = taskActionsFor(user, x);
  const lastSendBack = [...x.events].reverse().find((e) => e.type === "sentBack");
  return (
    <div className="work-page duty-page case-detail">
      <div className="work-page-head">
        <Link to="/work/tasks" className="touch-link" aria-label={t("back")}>
          <ArrowLeftOutlined />
        </Link>
        <Typography.Title level={3} className="duty-title">
          {x.title}
        </Typography.Title>
        <Space size={4} wrap data-testid="task-status">
          {x.overdue && <Tag color="error">{t("overdue")}</Tag>}
          <Tag color={taskStatusColors[x.status]}>{taskStatusLabel(t, x.status)}</Tag>
        </Space>
      </div>
      {x.status === "inProgress" && lastSendBack && (
        <Alert
          type="warning"
          showIcon
          className="work-section"
          data-testid="task-sent-back"
          message={`${t("lastSendBack")}：${eventDetail(lastSendBack)}`}
        />
      )}
      {actions.length > 0 && (
        <div className="case-actions work-section" data-testid="task-actions">
          {actions.map((a) => (
            <Button key={a} type={a === "sendBack" ? "default" : "primary"} onClick={() => setAction(a)}>
              {taskActionLabel(t, a)}
            </Button>
          ))}
        </div>
      )}
      <Card size="small" className="work-section">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t("taskDue")}>
            <Space size={4} wrap>
              <span>{x.dueOn}</span>
              {!doneStatuses.includes(x.status) && (
                <Countdown deadline={{ kind: "resolution", at: endOfDay(x.dueOn) }} now={now} bare />
              )}
            </Space>
          </Descriptions.Item>
          <Descriptions.Item label={t("taskOwnerUnit")}>{x.ownerUnit.name}</Descriptions.Item>
          {x.assignee?.name && (
            <Descriptions.Item label={t("taskAssignee")}>{x.assignee.name}</Descriptions.Item>
          )}
          <Descriptions.Item label={t("taskSource")}>{taskSourceLabel(t, x.source)}</Descriptions.Item>
          {x.sentBackCount > 0 && (
            <Descriptions.Item label={t("sentBackTimes")}>{x.sentBackCount}</Descriptions.Item>
          )}
          {x.description && (
            <Descriptions.Item label={t("taskDescription")}>
              <span className="case-outcome">{x.description}</span>
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={t("milestones")} className="work-section">
        <Milestones task={x} />
      </Card>
      <Card size="small" title={t("taskEvents")} className="work-section">
        <Timeline
          data-testid="task-timeline"
          items={x.events.map((e) => ({
            key: e.id,
            color: e.type === "sentBack" ? "red" : e.type === "verified" ? "green" : "blue",
            children: (
              <div data-event={e.type}>
                <Typography.Text strong>{taskEventLabel(t, e.type)}</Typography.Text>{" "}
                <Typography.Text type="secondary">
                  {formatTime(e.at, lang)} {e.actor.name ?? ""}
                </Typography.Text>
                {eventDetail(e) && <div className="case-outcome">{eventDetail(e)}</div>}
              </div>
            ),
          }))}
        />
      </Card>
      <TaskActionForm task={x} action={action} onClose={() => setAction(null)} />
    </div>
  );
}
