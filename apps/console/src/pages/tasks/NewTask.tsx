import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { Alert, App, Button, DatePicker, Form, Input, Select, Space, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useNavigate } from "react-router";
import { showProblem } from "../../api/problems";
import { type CreateTask, useCreateTask } from "../../api/tasks";
import { useDepartments } from "../../api/work";
import { RefSelect } from "../../components/RefSelect";
import { useI18n } from "../../i18n/i18n";
import { unitTypeLabel } from "./labels";

type OwnerType = CreateTask["ownerUnit"]["unitType"];

interface Values {
  title: string;
  description?: string;
  ownerType: OwnerType;
  ownerId?: string;
  assignee?: string;
  dueOn?: Dayjs;
  milestones?: { title?: string; dueOn?: Dayjs }[];
}

const day = (d: Dayjs | undefined) => d?.format("YYYY-MM-DD") ?? "";

/** The owner picker of a unit type: the roster's departments, else a search of the registry. */
function OwnerPicker({
  type,
  value,
  onChange,
}: {
  type: OwnerType;
  value?: string;
  onChange?: (v?: string) => void;
}) {
  const { t, pick } = useI18n();
  const departments = useDepartments();
  if (type === "department")
    return (
      <Select
        id="task-owner"
        aria-label={t("taskOwnerUnit")}
        showSearch={{ optionFilterProp: "label" }}
        value={value}
        onChange={onChange}
        loading={departments.isPending}
        options={(departments.data?.items ?? [])
          .filter((d) => !d.archivedAt)
          .map((d) => ({ value: d.id, label: pick(d.name) }))}
      />
    );
  return (
    <RefSelect
      id="task-owner"
      aria-label={t("taskOwnerUnit")}
      kind={type === "company" ? "company" : "region"}
      value={value ?? null}
      onChange={onChange}
    />
  );
}

/** Issuing a task (交办): what, to which unit, by when, with milestones. */
export default function NewTask() {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string | null>(null);
  const create = useCreateTask();
  const ownerType = Form.useWatch("ownerType", form) ?? "department";

  async function submit(v: Values) {
    setBanner(null);
    try {
      const task = await create.mutateAsync({
        title: v.title,
        ...(v.description?.trim() ? { description: v.description.trim() } : {}),
        ownerUnit: { unitType: v.ownerType, unitId: v.ownerId ?? "" },
        ...(v.assignee?.trim() ? { assignee: { name: v.assignee.trim() } } : {}),
        dueOn: day(v.dueOn),
        milestones: (v.milestones ?? []).map((m) => ({ title: m.title ?? "", dueOn: day(m.dueOn) })),
      } as CreateTask);
      message.success(`${t("newTask")} · ${t("done")}`);
      navigate(`/work/tasks/${task.id}`);
    } catch (error) {
      // A milestone's error goes to the banner (the list has no single field to show it on).
      const fields = ["title", "description", "ownerUnit", "dueOn", "assignee"];
      setBanner(
        showProblem(form, error, fields, t, pick, undefined, { ownerUnit: "ownerId", assignee: "assignee" }),
      );
    }
  }

  const required = [{ required: true, message: t("errRequired") }];
  return (
    <div className="work-page duty-page">
      <Typography.Title level={3}>{t("newTask")}</Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ ownerType: "department", milestones: [] }}
        onFinish={submit}
        data-testid="new-task-form"
        className="duty-form"
      >
        {banner && <Alert type="error" showIcon message={banner} style={{ marginBottom: 12 }} />}
        <Form.Item name="title" label={t("taskTitle")} rules={required}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="description" label={t("taskDescription")}>
          <Input.TextArea rows={3} maxLength={4000} />
        </Form.Item>
        <Form.Item name="ownerType" label={t("ownerUnitType")}>
          <Select
            aria-label={t("ownerUnitType")}
            onChange={() => form.setFieldValue("ownerId", undefined)}
            options={(["department", "region", "company"] as const).map((u) => ({
              value: u,
              label: unitTypeLabel(t, u),
            }))}
          />
        </Form.Item>
        <Form.Item name="ownerId" label={t("taskOwnerUnit")} htmlFor="task-owner" rules={required}>
          <OwnerPicker type={ownerType} />
        </Form.Item>
        <Form.Item name="assignee" label={t("taskAssignee")}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="dueOn" label={t("taskDue")} rules={required}>
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.List name="milestones">
          {(items, { add, remove }) => (
            <div className="work-section">
              <Typography.Text strong>{t("milestones")}</Typography.Text>
              {items.map((item) => (
                <Space key={item.key} align="start" wrap className="duty-milestone-row">
                  <Form.Item name={[item.name, "title"]} label={t("milestoneTitle")} rules={required}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[item.name, "dueOn"]} label={t("milestoneDue")} rules={required}>
                    <DatePicker />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    aria-label={t("remove")}
                    onClick={() => remove(item.name)}
                  />
                </Space>
              ))}
              <div>
                <Button icon={<PlusOutlined />} onClick={() => add({})}>
                  {t("addMilestone")}
                </Button>
              </div>
            </div>
          )}
        </Form.List>
        <Button type="primary" htmlType="submit" loading={create.isPending} block>
          {t("submit")}
        </Button>
      </Form>
    </div>
  );
}
