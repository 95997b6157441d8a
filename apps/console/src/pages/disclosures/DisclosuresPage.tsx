import { PlusOutlined } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Drawer,
  Empty,
  Form,
  Grid,
  Input,
  Segmented,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import {
  type CreateDisclosure,
  countyToday,
  type Disclosure,
  type DueItem,
  disclosureItemCodes,
  dueItems,
  useDisclosureBoard,
  usePublishDisclosure,
} from "../../api/disclosures";
import { problemText, showProblem } from "../../api/problems";
import { hasRole, type Role, useUser } from "../../api/session";
import { endOfDay } from "../../api/tasks";
import { useNow } from "../../api/work";
import { formatTime } from "../../components/Figures";
import { RefSelect } from "../../components/RefSelect";
import { useI18n } from "../../i18n/i18n";
import { disclosurePublishers } from "../../layout/nav";
import { disclosureItemLabel } from "../tasks/labels";
import { Countdown } from "../work/Countdown";

interface Values {
  compoundId?: string;
  companyId?: string;
  item?: string;
  period?: string;
  title?: string;
  content?: string;
  attachments?: string;
}

function DueCard({ d, now, onPublish }: { d: DueItem; now: number; onPublish?: () => void }) {
  const { t } = useI18n();
  const late = Date.parse(endOfDay(d.dueBy)) < now;
  return (
    <li className="work-card" data-testid="disclosure-due" data-due={d.key}>
      <div className="work-card-head">
        <Typography.Text strong className="work-card-title">
          {d.compound.name} · {disclosureItemLabel(t, d.item)}（{d.period}）
        </Typography.Text>
        <Space size={4} wrap>
          {late && <Tag color="error">{t("disclosureLate")}</Tag>}
          <Countdown deadline={{ kind: "resolution", at: endOfDay(d.dueBy) }} now={now} bare />
        </Space>
      </div>
      <div className="work-card-meta">
        {d.company
          ? `${d.company.name} · ${t("disclosureResponsibleCompany")}`
          : t("disclosureResponsibleCommittee")}{" "}
        · {t("disclosureDueBy")} {d.dueBy} {t("disclosureDueBySuffix")}
      </div>
      {onPublish && (
        <div className="duty-card-actions">
          <Button type="primary" onClick={onPublish}>
            {t("publishDisclosure")}
          </Button>
        </div>
      )}
    </li>
  );
}

function PublishedCard({ d }: { d: Disclosure }) {
  const { t, pick, lang } = useI18n();
  return (
    <li className="work-card" data-testid="disclosure-card" data-disclosure={d.id}>
      <div className="work-card-head">
        <Typography.Text strong className="work-card-title">
          {d.title}
        </Typography.Text>
        <Space size={4} wrap>
          <Tag>{pick(d.item.label)}</Tag>
          <Tag color="success">{d.period}</Tag>
        </Space>
      </div>
      <div className="work-card-meta">
        {[d.compound?.name, d.company?.name].filter(Boolean).join(" · ")} · {t("disclosurePublishedAt")}{" "}
        {formatTime(d.publishedAt, lang)}
        {d.publishedBy.name ? ` · ${d.publishedBy.name}` : ""}
      </div>
      <Typography.Paragraph className="case-outcome" ellipsis={{ rows: 3 }} style={{ margin: "4px 0 0" }}>
        {d.content}
      </Typography.Paragraph>
    </li>
  );
}

/** The publishing form: every field the API's create route takes; a 422 shows at its field. */
function PublishForm({ start, onClose }: { start: DueItem | null; onClose(): void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const publish = usePublishDisclosure();

  async function submit(v: Values) {
    setBanner(null);
    const attachments = (v.attachments ?? "")
      .split("\n")
      .map((s) => s.trim())
      .filter(Boolean);
    try {
      await publish.mutateAsync({
        ...(v.compoundId ? { compoundId: v.compoundId } : {}),
        ...(v.companyId ? { companyId: v.companyId } : {}),
        item: v.item ?? "",
        period: v.period?.trim() ?? "",
        title: v.title ?? "",
        content: v.content ?? "",
        ...(attachments.length ? { attachments } : {}),
      } as CreateDisclosure);
      message.success(`${t("publishDisclosure")} · ${t("done")}`);
      onClose();
    } catch (error) {
      const fields = ["compoundId", "companyId", "item", "period", "title", "content", "attachments"];
      setBanner(showProblem(form, error, fields, t, pick));
    }
  }

  const required = [{ required: true, message: t("errRequired") }];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      data-testid="disclosure-form"
      initialValues={
        start
          ? {
              compoundId: start.compound.id,
              companyId: start.company?.id,
              item: start.item,
              period: start.period,
              title: `${start.compound.name}${start.period}${disclosureItemLabel(t, start.item)}公示`,
            }
          : {}
      }
    >
      {banner && (
        <Alert
          type="error"
          showIcon
          message={banner}
          style={{ marginBottom: 12 }}
          data-testid="action-error"
        />
      )}
      <Form.Item name="compoundId" label={t("disclosureCompound")} htmlFor="disclosure-compound">
        <RefSelect id="disclosure-compound" kind="compound" aria-label={t("disclosureCompound")} />
      </Form.Item>
      <Form.Item name="companyId" label={t("disclosureCompany")} htmlFor="disclosure-company">
        <RefSelect id="disclosure-company" kind="company" aria-label={t("disclosureCompany")} />
      </Form.Item>
      <Form.Item name="item" label={t("disclosureItem")} rules={required}>
        <Select
          aria-label={t("disclosureItem")}
          options={disclosureItemCodes.map((c) => ({ value: c, label: disclosureItemLabel(t, c) }))}
        />
      </Form.Item>
      <Form.Item
        name="period"
        label={t("disclosurePeriod")}
        extra={t("disclosurePeriodHint")}
        rules={required}
      >
        <Input maxLength={10} inputMode="text" />
      </Form.Item>
      <Form.Item name="title" label={t("disclosureTitle")} rules={required}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="content" label={t("disclosureContent")} rules={required}>
        <Input.TextArea rows={5} maxLength={20_000} />
      </Form.Item>
      <Form.Item name="attachments" label={t("disclosureAttachments")}>
        <Input.TextArea rows={2} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={publish.isPending} block>
        {t("submit")}
      </Button>
    </Form>
  );
}

/** Who publishes what: a company's staff its company's items, a committee member the committee's. */
function mayPublish(roles: readonly Role[], d: DueItem, companyId: string | undefined) {
  if (roles.includes("countyAdmin") || roles.includes("regionStaff")) return true;
  if (roles.includes("companyStaff")) return d.company !== null && d.company.id === companyId;
  return roles.includes("committeeMember") && d.responsible === "committee";
}

/** Disclosures (信息公示): what is due on its cadence, or late, and what has been published. */
export default function DisclosuresPage() {
  const { t, pick } = useI18n();
  const user = useUser();
  const now = useNow();
  const screens = Grid.useBreakpoint();
  const board = useDisclosureBoard();
  const [tab, setTab] = useState<"due" | "published">("due");
  const [drawer, setDrawer] = useState<{ start: DueItem | null } | null>(null);
  const publisher = hasRole(user, disclosurePublishers);
  const companyId = (user.scope as { companyId?: string } | null)?.companyId;
  const due = board.data
    ? dueItems(board.data.rules, board.data.contracts, board.data.published, countyToday(now))
    : [];
  const published = (board.data?.published ?? []).filter((d) => !d.withdrawnAt);
  return (
    <div className="work-page duty-page">
      <div className="work-page-head">
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("disclosures")}
        </Typography.Title>
        {publisher && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrawer({ start: null })}>
            {t("publishDisclosure")}
          </Button>
        )}
      </div>
      <div className="duty-filter">
        <Segmented
          value={tab}
          onChange={(v) => setTab(v as "due" | "published")}
          options={[
            { value: "due", label: `${t("disclosuresDue")} ${due.length}` },
            { value: "published", label: `${t("disclosuresPublished")} ${published.length}` },
          ]}
        />
      </div>
      {board.error !== null && (
        <Alert
          type="error"
          showIcon
          message={problemText(t, pick, board.error)}
          style={{ marginBottom: 12 }}
        />
      )}
      {board.data && !board.data.rules.enabled && (
        <Alert type="info" showIcon message={t("disclosuresOff")} style={{ marginBottom: 12 }} />
      )}
      {board.isPending ? (
        <Spin />
      ) : tab === "due" ? (
        due.length === 0 ? (
          <Empty description={t("noDisclosuresDue")} />
        ) : (
          <ul className="work-list" data-testid="disclosures-due">
            {due.map((d) => (
              <DueCard
                key={d.key}
                d={d}
                now={now}
                onPublish={
                  publisher && mayPublish(user.roles, d, companyId)
                    ? () => setDrawer({ start: d })
                    : undefined
                }
              />
            ))}
          </ul>
        )
      ) : published.length === 0 ? (
        <Empty description={t("noDisclosures")} />
      ) : (
        <ul className="work-list" data-testid="disclosures-published">
          {published.map((d) => (
            <PublishedCard key={d.id} d={d} />
          ))}
        </ul>
      )}
      <Drawer
        open={drawer !== null}
        onClose={() => setDrawer(null)}
        title={t("publishDisclosure")}
        size={screens.md ? 520 : "100%"}
        destroyOnHidden
      >
        {drawer && <PublishForm start={drawer.start} onClose={() => setDrawer(null)} />}
      </Drawer>
    </div>
  );
}
