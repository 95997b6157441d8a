import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Checkbox, Form, Input, InputNumber, Modal, Select, Space, Switch } from "antd";
import { useState } from "react";
import { showFieldErrors } from "../../api/errors";
import { useMechanism } from "../../api/registry";
import { RefSelect } from "../../components/RefSelect";
import { useI18n } from "../../i18n/i18n";
import { type MessageKey, zh } from "../../i18n/messages";
import type { FieldSpec } from "./fields";
import type { Body, ResourceSpec } from "./specs";

/** Drops empty inputs, and nested objects left wholly empty (e.g. an optional contact). */
export function cleanBody(values: Body): Body {
  const out: Body = {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === "") continue;
    if (typeof value === "object" && !Array.isArray(value)) {
      const inner = cleanBody(value as Body);
      if (Object.keys(inner).length > 0) out[key] = inner;
      continue;
    }
    out[key] = value;
  }
  return out;
}

function MembersInput({ name }: { name: string[] }) {
  const { t } = useI18n();
  return (
    <Form.List name={name}>
      {(items, { add, remove }, { errors }) => (
        <Space orientation="vertical" style={{ width: "100%" }}>
          {items.map((item) => (
            <Space key={item.key} align="baseline" wrap>
              <Form.Item
                name={[item.name, "name"]}
                rules={[{ required: true, message: t("required") }]}
                noStyle
              >
                <Input placeholder={t("name")} aria-label={`${t("members")} ${item.name + 1} ${t("name")}`} />
              </Form.Item>
              <Form.Item name={[item.name, "role"]} initialValue="member" noStyle>
                <Select
                  aria-label={`${t("members")} ${item.name + 1}`}
                  style={{ width: 120 }}
                  options={[
                    { value: "chair", label: "主任 / Chair" },
                    { value: "viceChair", label: "副主任 / Vice chair" },
                    { value: "member", label: "委员 / Member" },
                  ]}
                />
              </Form.Item>
              <Form.Item name={[item.name, "isPartyMember"]} valuePropName="checked" noStyle>
                <Checkbox>{t("partyMembers")}</Checkbox>
              </Form.Item>
              <Button size="small" onClick={() => remove(item.name)}>
                −
              </Button>
            </Space>
          ))}
          <Button size="small" onClick={() => add({ role: "member", isPartyMember: false })}>
            + {t("members")}
          </Button>
          <Form.ErrorList errors={errors} />
        </Space>
      )}
    </Form.List>
  );
}

/** The control of one field; Form.Item hands it `id`, `value` and `onChange` (or `checked`). */
function FieldInput({
  field,
  label,
  ...control
}: {
  field: FieldSpec;
  label: string;
  [prop: string]: unknown;
}) {
  const { t, pick } = useI18n();
  const mechanism = useMechanism();
  const levels = mechanism.data?.document.levels ?? [];
  const optionLabel = (l: MessageKey | string) => (l in zh ? t(l as MessageKey) : l);
  switch (field.type) {
    case "number":
      return <InputNumber style={{ width: "100%" }} aria-label={label} {...control} />;
    case "date":
      return <Input type="date" aria-label={label} {...control} />;
    case "boolean":
      return <Switch aria-label={label} {...control} />;
    case "select":
      return (
        <Select
          aria-label={label}
          {...control}
          allowClear={!field.required}
          mode={field.multiple ? "multiple" : undefined}
          options={field.options.map((o) => ({ value: o.value, label: optionLabel(o.label) }))}
        />
      );
    case "ref":
      return <RefSelect kind={field.ref} aria-label={label} {...control} />;
    case "level":
      return (
        <Select
          aria-label={label}
          {...control}
          options={levels.map((l) => ({ value: l.code, label: pick(l.name) }))}
        />
      );
    case "team":
      return (
        <Select
          aria-label={label}
          {...control}
          options={levels.flatMap((l) => (l.team ? [{ value: l.team.code, label: pick(l.team.name) }] : []))}
        />
      );
    default:
      return <Input aria-label={label} {...control} />;
  }
}

export interface RecordFormProps {
  // biome-ignore lint/suspicious/noExplicitAny: any resource's spec
  spec: ResourceSpec<any>;
  /** The row being edited; null to create one. */
  editing: (Body & { id: string }) | null;
  open: boolean;
  onClose(): void;
}

/** Create or edit a record; the API's validation errors land on the fields they name. */
export function RecordForm({ spec, editing, open, onClose }: RecordFormProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Body>();
  const [unplaced, setUnplaced] = useState<string[]>([]);
  const fields = spec.fields.filter((f) => !(editing && f.createOnly));
  const mutation = useMutation({
    mutationFn: (values: Body) => {
      const body = cleanBody(values);
      const save = editing ? spec.update?.bind(null, editing.id) : spec.create;
      if (!save) throw new Error(`${spec.resource} is read-only`);
      return save(body);
    },
    onSuccess: () => {
      message.success(t("saved"));
      queryClient.invalidateQueries({ queryKey: ["registry", spec.resource] });
      queryClient.invalidateQueries({ queryKey: ["kpis"] });
      onClose();
    },
    onError: (error) =>
      setUnplaced(
        showFieldErrors(
          form,
          error,
          fields.map((f) => f.name),
        ),
      ),
  });
  const initial = editing ? (spec.toForm ? spec.toForm(editing as never) : editing) : {};
  return (
    <Modal
      open={open}
      title={`${editing ? t("edit") : t("create")} · ${t(spec.resource)}`}
      okText={t("save")}
      cancelText={t("cancel")}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
      width={640}
    >
      <Form<Body>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(values) => {
          setUnplaced([]);
          mutation.mutate(values);
        }}
        data-testid="record-form"
      >
        {fields.map((field) =>
          field.type === "members" ? (
            <Form.Item key={field.name.join(".")} label={t(field.label)} required={field.required}>
              <MembersInput name={field.name} />
            </Form.Item>
          ) : (
            <Form.Item
              key={field.name.join(".")}
              name={field.name}
              label={t(field.label)}
              valuePropName={field.type === "boolean" ? "checked" : "value"}
              rules={field.required ? [{ required: true, message: t("required") }] : []}
            >
              <FieldInput field={field} label={t(field.label)} />
            </Form.Item>
          ),
        )}
        {unplaced.length > 0 && <Alert type="error" showIcon title={unplaced.join("；")} />}
      </Form>
    </Modal>
  );
}
