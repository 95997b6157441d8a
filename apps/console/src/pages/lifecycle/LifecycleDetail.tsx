import { ArrowLeftOutlined, CheckCircleFilled } from "@ant-design/icons";
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Drawer,
  Form,
  Grid,
  Input,
  Result,
  Space,
  Spin,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { Link, useParams } from "react-router";
import {
  type LifecycleEvent,
  type LifecycleSignOff,
  useCompleteLifecycle,
  useLifecycleEvent,
  useSignOff,
} from "../../api/lifecycle";
import { problemText, showProblem } from "../../api/problems";
import { hasRole, useUser } from "../../api/session";
import { formatTime } from "../../components/Figures";
import { useI18n } from "../../i18n/i18n";
import { lifecycleWriters } from "../../layout/nav";
import { lifecycleStatusLabel } from "../tasks/labels";
import { lifecycleStatusColors, MissingTag } from "./LifecycleList";

type Step = LifecycleEvent["steps"][number];
interface Target {
  step: Step;
  participant: string;
  label: string;
}

function SignOffForm({ event, target, onClose }: { event: LifecycleEvent; target: Target; onClose(): void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const [banner, setBanner] = useState<string | null>(null);
  const sign = useSignOff(event.id);
  async function submit(v: { note?: string }) {
    setBanner(null);
    try {
      const note = v.note?.trim();
      await sign.mutateAsync({
        step: target.step.code,
        participant: target.participant as LifecycleSignOff["participant"],
        ...(note ? { note } : {}),
      });
      message.success(`${t("lifecycleSignOff")} · ${t("done")}`);
      onClose();
    } catch (error) {
      setBanner(showProblem(form, error, ["note"], t, pick));
    }
  }
  return (
    <Form form={form} layout="vertical" onFinish={submit} data-testid="sign-off-form">
      {banner && (
        <Alert
          type="error"
          showIcon
          message={banner}
          style={{ marginBottom: 12 }}
          data-testid="action-error"
        />
      )}
      <Descriptions column={1} size="small" style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t("lifecycleSteps")}>{pick(target.step.name)}</Descriptions.Item>
        <Descriptions.Item label={t("lifecycleSigned")}>{target.label}</Descriptions.Item>
      </Descriptions>
      <Form.Item name="note" label={t("lifecycleSignOffNote")}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={sign.isPending} block>
        {t("submit")}
      </Button>
    </Form>
  );
}

function StepCard({
  step,
  index,
  mayGo,
  onSign,
}: {
  step: Step;
  index: number;
  mayGo: boolean;
  onSign(t: Target): void;
}) {
  const { t, pick, lang } = useI18n();
  return (
    <Card
      size="small"
      className="work-section lifecycle-step"
      data-testid="lifecycle-step"
      data-step={step.code}
      title={
        <span className="lifecycle-step-title">
          {index + 1}. {pick(step.name)}
        </span>
      }
      extra={
        step.missing.length === 0 ? (
          <Tag color="success">{t("lifecycleSigned")}</Tag>
        ) : (
          <Tag color="warning">
            {step.missing.length} {t("lifecycleMissingCount")}
          </Tag>
        )
      }
    >
      <ul className="duty-milestones">
        {step.participants.map((p) => {
          const signed = step.signOffs.find((s) => s.participant === p.participant);
          const who = pick(p.label);
          return (
            <li key={p.participant} data-participant={p.participant} data-signed={signed ? "yes" : "no"}>
              <div className="duty-milestone-main">
                <Typography.Text strong>{who}</Typography.Text>
                {signed && (
                  <div className="work-card-meta">
                    <CheckCircleFilled style={{ color: "#52c41a" }} /> {signed.actor.name ?? ""}{" "}
                    {formatTime(signed.at, lang)}
                    {signed.note ? ` · ${signed.note}` : ""}
                  </div>
                )}
              </div>
              {signed ? (
                <Tag color="success">{t("lifecycleSigned")}</Tag>
              ) : mayGo ? (
                <Button
                  type="primary"
                  onClick={() => onSign({ step, participant: p.participant, label: who })}
                >
                  {t("lifecycleSignOff")}
                </Button>
              ) : (
                <Tag color="warning">{t("lifecycleMissing")}</Tag>
              )}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

/** A lifecycle event: its steps, who has signed each and who has not, and signing off. */
export default function LifecycleDetail() {
  const { id = "" } = useParams();
  const { t, pick } = useI18n();
  const user = useUser();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const event = useLifecycleEvent(id);
  const complete = useCompleteLifecycle(id);
  const [target, setTarget] = useState<Target | null>(null);
  if (event.isPending) return <Spin />;
  if (event.error) return <Result status="warning" title={problemText(t, pick, event.error)} />;
  const e = event.data;
  const writer = hasRole(user, lifecycleWriters);
  const maySign = writer && e.allowedActions.includes("signOff");
  return (
    <div className="work-page duty-page case-detail">
      <div className="work-page-head">
        <Link to="/work/lifecycle" className="touch-link" aria-label={t("back")}>
          <ArrowLeftOutlined />
        </Link>
        <Typography.Title level={3} className="duty-title">
          {e.title}
        </Typography.Title>
        <Space size={4} wrap data-testid="lifecycle-status">
          <MissingTag e={e} />
          <Tag color={lifecycleStatusColors[e.status]}>{lifecycleStatusLabel(t, e.status)}</Tag>
        </Space>
      </div>
      {e.status === "open" && e.missing.length > 0 && (
        <Alert
          type={e.required ? "error" : "warning"}
          showIcon
          className="work-section"
          data-testid="lifecycle-missing"
          message={`${t("lifecycleMissing")}（${e.missing.length}）${e.required ? ` · ${t("lifecycleRequired")}` : ""}`}
          description={
            <ul className="lifecycle-missing-list">
              {e.missing.map((m) => (
                <li key={`${m.step}-${m.participant}`} data-missing={`${m.step}:${m.participant}`}>
                  {pick(m.label)}
                </li>
              ))}
            </ul>
          }
        />
      )}
      {writer && e.allowedActions.includes("complete") && (
        <div className="case-actions work-section" data-testid="lifecycle-actions">
          <Button
            type="primary"
            disabled={e.required && e.missing.length > 0}
            loading={complete.isPending}
            onClick={() =>
              complete.mutate(undefined, { onError: (x) => message.error(problemText(t, pick, x)) })
            }
          >
            {t("lifecycleComplete")}
          </Button>
        </div>
      )}
      <Card size="small" className="work-section">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t("lifecycleCompound")}>{e.compoundName}</Descriptions.Item>
          <Descriptions.Item label={t("lifecycleStartedOn")}>{e.startedOn}</Descriptions.Item>
          <Descriptions.Item label={t("lifecycleSteps")}>{pick(e.kindLabel)}</Descriptions.Item>
          {e.cancelReason && (
            <Descriptions.Item label={t("lifecycleStatusCancelled")}>{e.cancelReason}</Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      {e.steps.map((step, i) => (
        <StepCard key={step.code} step={step} index={i} mayGo={maySign} onSign={setTarget} />
      ))}
      <Drawer
        open={target !== null}
        onClose={() => setTarget(null)}
        title={t("lifecycleSignOff")}
        size={screens.md ? 480 : "100%"}
        destroyOnHidden
      >
        {target && <SignOffForm event={e} target={target} onClose={() => setTarget(null)} />}
      </Drawer>
    </div>
  );
}
