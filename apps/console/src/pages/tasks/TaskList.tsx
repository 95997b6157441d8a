import { PlusOutlined } from "@ant-design/icons";
import { Alert, Button, Empty, Segmented, Space, Spin, Tag, Typography } from "antd";
import { Link, useNavigate, useSearchParams } from "react-router";
import { problemText } from "../../api/problems";
import { hasRole, useUser } from "../../api/session";
import { doneStatuses, endOfDay, type Task, taskStatuses, useTasks } from "../../api/tasks";
import { useNow } from "../../api/work";
import { useI18n } from "../../i18n/i18n";
import { taskIssuers } from "../../layout/nav";
import { Countdown } from "../work/Countdown";
import { taskStatusColors, taskStatusLabel } from "./labels";

/** A task as a card: title, owner unit, status, and the countdown to its due day (or its overdue mark). */
function TaskCard({ task, now }: { task: Task; now: number }) {
  const { t } = useI18n();
  const done = doneStatuses.includes(task.status);
  return (
    <li className="work-card" data-testid="task-card" data-task={task.id}>
      <Link to={`/work/tasks/${task.id}`} className="work-card-link">
        <div className="work-card-head">
          <Typography.Text strong className="work-card-title">
            {task.title}
          </Typography.Text>
          <Space size={4} wrap>
            {task.overdue && <Tag color="error">{t("overdue")}</Tag>}
            {task.sentBackCount > 0 && (
              <Tag color="warning">
                {t("sentBackTimes")} {task.sentBackCount}
              </Tag>
            )}
            <Tag color={taskStatusColors[task.status]}>{taskStatusLabel(t, task.status)}</Tag>
          </Space>
        </div>
        <div className="work-card-meta">
          {task.ownerUnit.name} · {t("taskDue")} {task.dueOn}
        </div>
        {!done && <Countdown deadline={{ kind: "resolution", at: endOfDay(task.dueOn) }} now={now} bare />}
      </Link>
    </li>
  );
}

/** "My tasks" (我的责任清单): what the caller's unit owns or the caller issued, soonest due first. */
export default function TaskList() {
  const { t, pick } = useI18n();
  const user = useUser();
  const navigate = useNavigate();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const filter = params.get("status") ?? "active";
  const tasks = useTasks();
  const all = tasks.data ?? [];
  const shown = all.filter((task) =>
    filter === "all"
      ? true
      : filter === "active"
        ? !doneStatuses.includes(task.status)
        : task.status === filter,
  );
  const count = (f: string) =>
    all.filter((x) => (f === "active" ? !doneStatuses.includes(x.status) : x.status === f)).length;
  return (
    <div className="work-page duty-page">
      <div className="work-page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("myTasks")}
        </Typography.Title>
        {hasRole(user, taskIssuers) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/work/tasks/new")}>
            {t("newTask")}
          </Button>
        )}
      </div>
      <div className="duty-filter">
        <Segmented
          aria-label={t("taskStatusFilter")}
          value={filter}
          onChange={(v) => setParams({ status: String(v) }, { replace: true })}
          options={[
            { value: "active", label: `${t("taskFilterActive")} ${count("active")}` },
            ...taskStatuses.map((s) => ({ value: s, label: `${taskStatusLabel(t, s)} ${count(s)}` })),
            { value: "all", label: t("taskFilterAll") },
          ]}
        />
      </div>
      {tasks.error !== null && (
        <Alert
          type="error"
          showIcon
          message={problemText(t, pick, tasks.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      {tasks.isPending ? (
        <Spin />
      ) : shown.length === 0 ? (
        <Empty description={t("noTasks")} />
      ) : (
        <ul className="work-list" data-testid="task-list">
          {shown.map((task) => (
            <TaskCard key={task.id} task={task} now={now} />
          ))}
        </ul>
      )}
    </div>
  );
}
