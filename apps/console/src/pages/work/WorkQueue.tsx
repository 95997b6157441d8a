import { PlusOutlined } from "@ant-design/icons";
import { Alert, Badge, Button, Empty, Space, Spin, Tabs, Tag, Typography } from "antd";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useStreamConnected } from "../../api/notifications";
import { problemText, statusLabel } from "../../api/problems";
import { hasRole, useUser } from "../../api/session";
import { type Case, isCountyDesk, pendingDeadlines, useNow, useOpenCases } from "../../api/work";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";
import { Countdown } from "./Countdown";
import { priorityLabel, statusColors } from "./labels";

interface Section {
  key: string;
  label: MessageKey;
  cases: Case[];
  readOnly?: boolean;
}

/** Soonest deadline first; cases with none (awaiting dispatch) by arrival. */
function byDeadline(departmentId: string | undefined) {
  const first = (c: Case) => pendingDeadlines(c, departmentId)[0]?.at ?? `~${c.receivedAt}`;
  return (a: Case, b: Case) => first(a).localeCompare(first(b));
}

function useSections(): { sections: Section[]; more: boolean; isPending: boolean; error: unknown } {
  const user = useUser();
  const departmentId = user.scope?.departmentId;
  const officer = user.roles.includes("departmentOfficer") && departmentId !== undefined;
  const open = useOpenCases(officer ? { departmentId } : {});
  const sort = byDeadline(officer ? departmentId : undefined);
  const all = [...open.items].sort(sort);
  const sections: Section[] = [];
  if (isCountyDesk(user.roles)) {
    const waiting = all.filter((c) => c.status === "awaitingDispatch");
    sections.push(
      { key: "dispatch", label: "queueDispatch", cases: waiting.filter((c) => c.returns.count === 0) },
      { key: "returned", label: "queueReturned", cases: waiting.filter((c) => c.returns.count > 0) },
      { key: "extensions", label: "queueExtensions", cases: all.filter((c) => c.extension.pending) },
    );
  }
  if (user.roles.includes("regionStaff")) {
    sections.push({
      key: "community",
      label: "queueCommunity",
      cases: all.filter((c) => c.status !== "awaitingDispatch"),
    });
    const grids = all.filter((c) => c.guarantor?.userId === user.id);
    if (grids.length > 0) sections.push({ key: "grids", label: "queueGrids", cases: grids });
  }
  if (officer) {
    sections.push({
      key: "department",
      label: "queueDepartment",
      cases: all.filter((c) =>
        c.departments.some(
          (d) => d.departmentId === departmentId && d.round === c.round && !d.withdrawnAt && !d.completedAt,
        ),
      ),
    });
  }
  if (hasRole(user, ["companyStaff", "committeeMember"])) {
    sections.push({ key: "compounds", label: "queueCompounds", cases: all, readOnly: true });
  }
  return { sections, more: open.more, isPending: open.isPending, error: open.error };
}

function CaseCard({ c, now, departmentId }: { c: Case; now: number; departmentId: string | undefined }) {
  const { t, pick } = useI18n();
  const deadlines = pendingDeadlines(c, departmentId);
  const next = deadlines[0];
  return (
    <li className="work-card" data-testid="work-card" data-case={c.number}>
      <Link to={`/work/cases/${c.id}`} className="work-card-link">
        <div className="work-card-head">
          <Typography.Text strong>{c.number}</Typography.Text>
          <Space size={4} wrap>
            {c.overdue.any && <Tag color="error">{t("overdue")}</Tag>}
            {c.priority !== "normal" && <Tag color="volcano">{priorityLabel(t, c.priority)}</Tag>}
            <Tag color={statusColors[c.status]}>{statusLabel(t, c.status)}</Tag>
          </Space>
        </div>
        <div className="work-card-meta">
          {pick(c.category.name)} · {c.compound.name}
        </div>
        <Typography.Paragraph className="work-card-text" ellipsis={{ rows: 2 }}>
          {c.description}
        </Typography.Paragraph>
        {next && <Countdown deadline={next} now={now} />}
      </Link>
    </li>
  );
}

export default function WorkQueue() {
  const { t, pick } = useI18n();
  const user = useUser();
  const live = useStreamConnected();
  const navigate = useNavigate();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const { sections, more, isPending, error } = useSections();
  const active = sections.find((s) => s.key === params.get("tab")) ?? sections[0];
  const departmentId = user.roles.includes("departmentOfficer") ? user.scope?.departmentId : undefined;
  const mayFile = hasRole(user, ["countyAdmin", "dispatcher", "regionStaff"]);
  return (
    <div className="work-page">
      <div className="work-page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("workQueue")}
        </Typography.Title>
        <Space wrap>
          <Tag color={live ? "success" : "default"} data-testid="live">
            {live ? t("live") : t("offline")}
          </Tag>
          {mayFile && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/work/new")}>
              {t("fileCase")}
            </Button>
          )}
        </Space>
      </div>
      {error !== null && (
        <Alert type="error" showIcon message={problemText(t, pick, error)} style={{ marginBottom: 12 }} />
      )}
      {more && <Alert type="info" showIcon message={t("queueMore")} style={{ marginBottom: 12 }} />}
      {isPending && <Spin />}
      {!isPending && active && (
        <Tabs
          activeKey={active.key}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={sections.map((s) => ({
            key: s.key,
            label: (
              <span>
                {t(s.label)}{" "}
                <Badge count={s.cases.length} showZero color={s.cases.length ? "#b71c1c" : "#bfbfbf"} />
              </span>
            ),
            children: (
              <>
                {s.readOnly && (
                  <Tag color="default" style={{ marginBottom: 8 }}>
                    {t("readOnly")}
                  </Tag>
                )}
                {s.cases.length === 0 ? (
                  <Empty description={t("noWork")} />
                ) : (
                  <ul className="work-list" data-testid={`queue-${s.key}`}>
                    {s.cases.map((c) => (
                      <CaseCard key={c.id} c={c} now={now} departmentId={departmentId} />
                    ))}
                  </ul>
                )}
              </>
            ),
          }))}
        />
      )}
    </div>
  );
}
