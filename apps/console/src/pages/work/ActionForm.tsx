import { Alert, App, Button, DatePicker, Drawer, Form, Grid, Input, Radio, Select, Spin } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { showProblem } from "../../api/problems";
import { useUser } from "../../api/session";
import {
  type CaseAction,
  type CaseWithTimeline,
  uploadCasePhoto,
  useCaseAction,
  useCategories,
  useDepartments,
} from "../../api/work";
import { PhotoPicker } from "../../components/PhotoPicker";
import { useI18n } from "../../i18n/i18n";
import { actionLabel, priorityLabel, ratingLabel } from "./labels";

type Field =
  | "note"
  | "reason"
  | "outcome"
  | "departmentIds"
  | "to"
  | "priority"
  | "rating"
  | "comment"
  | "dueAt"
  | "level"
  | "cancelReason"
  | "duplicateOf"
  | "photos"
  | "departmentId";

/** The form each action needs: its fields, in order. */
const forms: Record<CaseAction, Field[]> = {
  contact: ["note"],
  resolve: ["note", "photos"],
  whistle: ["departmentIds", "note"],
  checkIn: ["departmentId", "note"],
  complete: ["departmentId", "outcome", "note", "photos"],
  acknowledge: ["note"],
  return: ["reason"],
  reassign: ["to", "departmentIds", "reason"],
  dispatch: ["to", "departmentIds", "priority", "note"],
  requestExtension: ["dueAt", "reason"],
  approveExtension: ["note"],
  refuseExtension: ["reason"],
  supervise: ["level", "dueAt", "reason"],
  rate: ["rating", "comment"],
  callback: ["rating", "comment"],
  close: ["note"],
  reopen: ["note"],
  // The cancel reason is the API's `reason` (a choice, not a text).
  cancel: ["cancelReason", "note"],
  merge: ["duplicateOf", "note"],
};

interface Values {
  note?: string;
  reason?: string;
  outcome?: string;
  departmentIds?: string[];
  to?: "community" | "departments";
  priority?: string;
  rating?: string;
  comment?: string;
  dueAt?: Dayjs;
  level?: string;
  duplicateOf?: string;
  departmentId?: string;
}

const blank = (s: string | undefined) => (s && s.trim() !== "" ? s.trim() : undefined);

/** The request body of an action from the form's values (empty optional texts left out). */
function bodyOf(action: CaseAction, v: Values): Record<string, unknown> {
  const note = blank(v.note);
  const withNote = note ? { note } : {};
  switch (action) {
    case "whistle":
      return { ...(v.departmentIds?.length ? { departmentIds: v.departmentIds } : {}), ...withNote };
    case "complete":
      return { outcome: v.outcome ?? "", ...withNote };
    case "return":
    case "refuseExtension":
      return { reason: v.reason ?? "" };
    case "reassign":
      return v.to === "departments"
        ? { to: "departments", departmentIds: v.departmentIds ?? [], reason: v.reason ?? "" }
        : { to: "community", reason: v.reason ?? "" };
    case "dispatch":
      return {
        to: v.to ?? "community",
        ...(v.to === "departments" ? { departmentIds: v.departmentIds ?? [] } : {}),
        ...(v.priority ? { priority: v.priority } : {}),
        ...withNote,
      };
    case "requestExtension":
      return { dueAt: v.dueAt?.toISOString() ?? "", reason: v.reason ?? "" };
    case "supervise":
      return { level: v.level, dueAt: v.dueAt?.toISOString() ?? "", reason: v.reason ?? "" };
    case "rate":
    case "callback":
      return { rating: v.rating, ...(blank(v.comment) ? { comment: blank(v.comment) } : {}) };
    case "cancel":
      return { reason: v.reason, ...withNote };
    case "merge":
      return { duplicateOf: v.duplicateOf?.trim(), ...withNote };
    default:
      return withNote;
  }
}

/** The drawer of an action's form; the form mounts afresh for each action, once the roster has loaded. */
export function ActionForm({
  c,
  action,
  onClose,
}: {
  c: CaseWithTimeline;
  action: CaseAction | null;
  onClose(): void;
}) {
  const { t } = useI18n();
  const screens = Grid.useBreakpoint();
  const departments = useDepartments();
  const categories = useCategories();
  return (
    <Drawer
      open={action !== null}
      onClose={onClose}
      title={action ? actionLabel(t, action) : ""}
      size={screens.md ? 480 : "100%"}
      destroyOnHidden
    >
      {action &&
        (departments.isPending || categories.isPending ? (
          <Spin />
        ) : (
          <ActionFormBody key={action} c={c} action={action} onClose={onClose} />
        ))}
    </Drawer>
  );
}

function ActionFormBody({
  c,
  action,
  onClose,
}: {
  c: CaseWithTimeline;
  action: CaseAction;
  onClose(): void;
}) {
  const { t, pick } = useI18n();
  const user = useUser();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const act = useCaseAction(c.id);
  const departments = useDepartments();
  const categories = useCategories();
  const to = Form.useWatch("to", form);
  const fields = forms[action];
  const mine = user.scope?.departmentId;
  const current = c.departments.filter((d) => d.round === c.round && !d.withdrawnAt);
  const stepDepartments = current.filter((d) =>
    action === "checkIn" ? !d.checkedInAt : action === "complete" ? d.checkedInAt && !d.completedAt : false,
  );
  const showDepartmentId = fields.includes("departmentId") && !mine;
  const rosterOptions = (departments.data?.items ?? [])
    .filter((d) => !d.archivedAt)
    .map((d) => ({ value: d.id, label: pick(d.name) }));
  const defaultCodes = categories.data?.find((k) => k.code === c.category.code)?.departments ?? [];
  const defaults = (departments.data?.items ?? [])
    .filter((d) => defaultCodes.includes(d.code))
    .map((d) => d.id);
  const initial: Values = {
    departmentIds: action === "whistle" ? defaults : [],
    to: "community",
    departmentId: mine ?? stepDepartments[0]?.departmentId,
  };

  async function submit(values: Values) {
    setBanner(null);
    setBusy(true);
    try {
      for (const file of files) await uploadCasePhoto(c.id, file, "evidence");
      setFiles([]);
      await act.mutateAsync({
        action,
        body: bodyOf(action, values),
        // An officer acts for their own department (no field for it); others pick one.
        departmentId: fields.includes("departmentId") ? (mine ?? values.departmentId) : undefined,
      });
      message.success(`${actionLabel(t, action)} · ${t("done")}`);
      onClose();
    } catch (error) {
      const names = fields.map((f) => (f === "cancelReason" ? "reason" : f));
      const text = showProblem(form, error, names, t, pick, (a) => actionLabel(t, a));
      setBanner(text);
    } finally {
      setBusy(false);
    }
  }

  const required = [{ required: true, message: t("errRequired") }];
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={initial}
      onFinish={submit}
      data-testid="action-form"
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
      {fields.includes("to") && (
        <Form.Item name="to" label={t("dispatchTo")}>
          <Radio.Group
            optionType="button"
            options={[
              { value: "community", label: t("toCommunity") },
              { value: "departments", label: t("toDepartments") },
            ]}
          />
        </Form.Item>
      )}
      {fields.includes("departmentIds") && (action === "whistle" || to === "departments") && (
        <Form.Item
          name="departmentIds"
          label={t("departmentsToSummon")}
          extra={action === "whistle" && defaults.length > 0 ? t("departmentsDefault") : undefined}
        >
          <Select
            mode="multiple"
            options={rosterOptions}
            loading={departments.isPending}
            optionFilterProp="label"
            aria-label={t("departmentsToSummon")}
          />
        </Form.Item>
      )}
      {showDepartmentId && (
        <Form.Item name="departmentId" label={t("departments")} rules={required}>
          <Select
            aria-label={t("departments")}
            options={stepDepartments.map((d) => ({ value: d.departmentId, label: pick(d.name) }))}
          />
        </Form.Item>
      )}
      {fields.includes("priority") && (
        <Form.Item name="priority" label={t("priority")}>
          <Select
            allowClear
            options={["normal", "urgent", "emergency"].map((p) => ({ value: p, label: priorityLabel(t, p) }))}
          />
        </Form.Item>
      )}
      {fields.includes("level") && (
        <Form.Item name="level" label={t("supervisionLevel")} rules={required}>
          <Select
            options={[
              { value: "general", label: t("levelGeneral") },
              { value: "key", label: t("levelKey") },
              { value: "listed", label: t("levelListed") },
            ]}
          />
        </Form.Item>
      )}
      {fields.includes("dueAt") && (
        <Form.Item
          name="dueAt"
          label={action === "supervise" ? t("supervisionDueAt") : t("newDueAt")}
          rules={required}
        >
          <DatePicker showTime style={{ width: "100%" }} />
        </Form.Item>
      )}
      {fields.includes("rating") && (
        <Form.Item name="rating" label={t("rating")} rules={required}>
          <Radio.Group
            options={["satisfied", "basicallySatisfied", "unsatisfied"].map((r) => ({
              value: r,
              label: ratingLabel(t, r),
            }))}
          />
        </Form.Item>
      )}
      {fields.includes("cancelReason") && (
        <Form.Item name="reason" label={t("cancelReasonLabel")} rules={required}>
          <Radio.Group
            options={[
              { value: "duplicate", label: t("cancelDuplicate") },
              { value: "invalid", label: t("cancelInvalid") },
            ]}
          />
        </Form.Item>
      )}
      {fields.includes("duplicateOf") && (
        <Form.Item name="duplicateOf" label={t("duplicateOfCase")} rules={required}>
          <Input />
        </Form.Item>
      )}
      {fields.includes("outcome") && (
        <Form.Item name="outcome" label={t("outcome")}>
          <Input.TextArea rows={3} />
        </Form.Item>
      )}
      {fields.includes("reason") && (
        <Form.Item name="reason" label={t("reasonText")}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      {fields.includes("comment") && (
        <Form.Item name="comment" label={t("ratingComment")}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      {fields.includes("note") && (
        <Form.Item name="note" label={t("remark")}>
          <Input.TextArea rows={2} />
        </Form.Item>
      )}
      {fields.includes("photos") && (
        <Form.Item label={t("photoEvidence")} htmlFor="action-photos">
          <PhotoPicker id="action-photos" files={files} onChange={setFiles} />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={busy} block size="large">
        {t("submit")}
      </Button>
    </Form>
  );
}
