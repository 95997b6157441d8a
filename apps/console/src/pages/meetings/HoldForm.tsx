import { Alert, App, Button, Checkbox, Form, Input } from "antd";
import { useState } from "react";
import { type MeetingWithResolutions, useHoldMeeting } from "../../api/meetings";
import { showProblem } from "../../api/problems";
import { PhotoPicker } from "../../components/PhotoPicker";
import { useI18n } from "../../i18n/i18n";
import { unitTypeLabel } from "../tasks/labels";

interface Values {
  minutes: string;
  attended?: string[];
}

/** Holding a planned meeting: who attended (ticked), the minutes, and the minutes' photos or PDF. */
export function HoldForm({ meeting, onClose }: { meeting: MeetingWithResolutions; onClose(): void }) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const hold = useHoldMeeting(meeting.id);

  async function submit(v: Values) {
    setBanner(null);
    try {
      const attended = new Set(v.attended ?? []);
      await hold.mutateAsync({
        files,
        body: {
          minutes: v.minutes,
          participants: meeting.participants.map((p) => ({
            unitType: p.unitType,
            unitId: p.unitId,
            attended: attended.has(p.unitId),
          })),
        },
      });
      message.success(`${t("holdMeeting")} · ${t("done")}`);
      onClose();
    } catch (error) {
      setFiles([]);
      setBanner(showProblem(form, error, ["minutes", "file"], t, pick));
    }
  }

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ attended: meeting.participants.map((p) => p.unitId) }}
      data-testid="hold-form"
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
      <Form.Item name="attended" label={t("attended")}>
        <Checkbox.Group
          className="duty-checks"
          options={meeting.participants.map((p) => ({
            value: p.unitId,
            label: `${p.name}（${unitTypeLabel(t, p.unitType)}）`,
          }))}
        />
      </Form.Item>
      <Form.Item
        name="minutes"
        label={t("meetingMinutes")}
        rules={[{ required: true, message: t("errRequired") }]}
      >
        <Input.TextArea rows={6} maxLength={20_000} />
      </Form.Item>
      <Form.Item label={t("minutesFiles")} htmlFor="minutes-files">
        <PhotoPicker id="minutes-files" files={files} onChange={setFiles} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={hold.isPending} block>
        {t("submit")}
      </Button>
    </Form>
  );
}
