import { Alert, App, Button, Drawer, Form, Grid, Input } from "antd";
import { useState } from "react";
import { showProblem } from "../../api/problems";
import { type TaskAction, type TaskWithTimeline, useTaskAction } from "../../api/tasks";
import { useI18n } from "../../i18n/i18n";
import { taskActionLabel } from "./labels";

interface Values {
  note?: string;
  reason?: string;
}

/** A step of the task's loop in a drawer (full width on a phone): a note, or the reason it is sent back. */
export function TaskActionForm({
  task,
  action,
  onClose,
}: {
  task: TaskWithTimeline;
  action: TaskAction | null;
  onClose(): void;
}) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  return (
    <Drawer
      open={action !== null}
      onClose={onClose}
      title={action ? taskActionLabel(t, action) : ""}
      size={screens.md ? 480 : "100%"}
      destroyOnHidden
    >
      {action && <Body key={action} task={task} action={action} onClose={onClose} />}
    </Drawer>
  );
}

function Body({ task, action, onClose }: { task: TaskWithTimeline; action: TaskAction; onClose(): void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const act = useTaskAction(task.id);
  const sendBack = action === "sendBack";

  async function submit(values: Values) {
    setBanner(null);
    try {
      const note = values.note?.trim();
      await act.mutateAsync({
        action,
        body: sendBack ? { reason: values.reason ?? "" } : note ? { note } : {},
      });
      message.success(`${taskActionLabel(t, action)} · ${t("done")}`);
      onClose();
    } catch (error) {
      setBanner(showProblem(form, error, ["note", "reason"], t, pick, (a) => taskActionLabel(t, a)));
    }
  }

  const noteLabel =
    action === "submit" ? t("evidenceNote") : action === "verify" ? t("verifyNote") : t("note");
  return (
    <Form<Values> form={form} layout="vertical" onFinish={submit} data-testid="task-action-form">
      {banner && (
        <Alert
          type="error"
          showIcon
          message={banner}
          style={{ marginBottom: 12 }}
          data-testid="action-error"
        />
      )}
      {sendBack ? (
        <Form.Item
          name="reason"
          label={t("sendBackReason")}
          rules={[{ required: true, message: t("errRequired") }]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      ) : (
        <Form.Item
          name="note"
          label={noteLabel}
          rules={action === "submit" ? [{ required: true, message: t("errRequired") }] : []}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={act.isPending} block>
        {t("submit")}
      </Button>
    </Form>
  );
}
