import { Alert, Empty, Segmented, Space, Spin, Tag, Typography } from "antd";
import { Link, useSearchParams } from "react-router";
import { type LifecycleEvent, useLifecycleEvents } from "../../api/lifecycle";
import { problemText } from "../../api/problems";
import { useI18n } from "../../i18n/i18n";
import { lifecycleStatusLabel } from "../tasks/labels";

export const lifecycleStatusColors: Record<string, string> = {
  open: "processing",
  completed: "success",
  cancelled: "default",
};

/** How many sign-offs an event still lacks: a red count while open, none when all are in. */
export function MissingTag({ e }: { e: LifecycleEvent }) {
  const { t } = useI18n();
  if (e.status !== "open") return null;
  return e.missing.length > 0 ? (
    <Tag color={e.required ? "error" : "warning"} data-testid="missing-count">
      {e.missing.length} {t("lifecycleMissingCount")}
    </Tag>
  ) : (
    <Tag color="success" data-testid="missing-count">
      {t("lifecycleMissingNone")}
    </Tag>
  );
}

function EventCard({ e }: { e: LifecycleEvent }) {
  const { t, pick } = useI18n();
  return (
    <li className="work-card" data-testid="lifecycle-card" data-event-id={e.id}>
      <Link to={`/work/lifecycle/${e.id}`} className="work-card-link">
        <div className="work-card-head">
          <Typography.Text strong className="work-card-title">
            {e.title}
          </Typography.Text>
          <Space size={4} wrap>
            <MissingTag e={e} />
            <Tag color={lifecycleStatusColors[e.status]}>{lifecycleStatusLabel(t, e.status)}</Tag>
          </Space>
        </div>
        <div className="work-card-meta">
          {pick(e.kindLabel)} · {e.compoundName} · {t("lifecycleStartedOn")} {e.startedOn}
        </div>
      </Link>
    </li>
  );
}

/** Lifecycle events (全生命周期事项): open ones first, those missing most sign-offs first. */
export default function LifecycleList() {
  const { t, pick } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = params.get("status") ?? "open";
  const events = useLifecycleEvents();
  const all = events.data ?? [];
  const shown = filter === "all" ? all : all.filter((e) => e.status === filter);
  const count = (s: string) => all.filter((e) => e.status === s).length;
  return (
    <div className="work-page duty-page">
      <div className="work-page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("lifecycleEvents")}
        </Typography.Title>
      </div>
      <div className="duty-filter">
        <Segmented
          aria-label={t("lifecycleStatusFilter")}
          value={filter}
          onChange={(v) => setParams({ status: String(v) }, { replace: true })}
          options={[
            ...(["open", "completed", "cancelled"] as const).map((s) => ({
              value: s,
              label: `${lifecycleStatusLabel(t, s)} ${count(s)}`,
            })),
            { value: "all", label: t("lifecycleAll") },
          ]}
        />
      </div>
      {events.error !== null && (
        <Alert
          type="error"
          showIcon
          message={problemText(t, pick, events.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      {events.isPending ? (
        <Spin />
      ) : shown.length === 0 ? (
        <Empty description={t("noLifecycleEvents")} />
      ) : (
        <ul className="work-list" data-testid="lifecycle-list">
          {shown.map((e) => (
            <EventCard key={e.id} e={e} />
          ))}
        </ul>
      )}
    </div>
  );
}
