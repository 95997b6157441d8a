import type { Schema } from "@propgov/sdk";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Drawer,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Table,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { client } from "../../api/client";
import { errorText, showFieldErrors } from "../../api/errors";
import { formatTime } from "../../components/Figures";
import { useI18n } from "../../i18n/i18n";
import { metricLabel, ruleText, targetLabel } from "./labels";

type Template = Schema<"AssessmentTemplateVersion">;
type Document = Template["document"];
type Item = Document["items"][number];
type Metric = Item["source"]["metric"];

/** The form's view of an item: every rule parameter side by side, the kind says which count. */
interface ItemValues {
  id: string;
  title: { zh: string; en: string };
  points: number | null;
  source: { metric: Metric; policy?: string; rule?: string; severity?: string; category?: string };
  rule: {
    kind: Item["rule"]["kind"];
    from?: number | null;
    to?: number | null;
    ifNoData?: "exclude" | "full" | "zero";
    perFinding?: number | null;
    cap?: number | null;
  };
}

type Source = ItemValues["source"];

/** The form's view of a veto (一票否决): a count reaching `count`, or a rate below `threshold`. */
interface VetoValues {
  id: string;
  title: { zh: string; en: string };
  source: Source;
  rule: { kind: "atLeast" | "below"; count?: number | null; threshold?: number | null };
}

interface Values {
  name: { zh: string; en: string };
  active: boolean;
  passLine: number | null;
  bands: { grade: string; min: number | null }[];
  items: ItemValues[];
  vetoes: VetoValues[];
  note?: string;
}

const metrics = Object.keys(metricLabel) as Metric[];

const toValues = (doc: Document): Values => ({
  name: doc.name,
  active: doc.active !== false,
  passLine: doc.passLine,
  bands: doc.bands.map((b) => ({ ...b })),
  items: doc.items.map((item) => ({
    id: item.id,
    title: { ...item.title },
    points: item.points,
    source: { ...item.source },
    rule: { ...item.rule },
  })),
  vetoes: doc.vetoes.map((veto) => ({
    id: veto.id,
    title: { ...veto.title },
    source: { ...veto.source },
    rule: { ...veto.rule },
  })),
});

const present = (v: unknown) => v !== undefined && v !== null && v !== "";

/** A source with its empty filters left out. */
const sourceOf = (source: Source) => Object.fromEntries(Object.entries(source).filter(([, v]) => present(v)));

/** The values as the API takes them: each rule with its own parameters, empty source filters left out. */
function toBody(values: Values, current: Template) {
  return {
    name: values.name,
    targetKind: current.targetKind,
    active: values.active,
    passLine: values.passLine,
    bands: values.bands,
    items: values.items.map((item) => {
      const { kind, from, to, ifNoData, perFinding, cap } = item.rule;
      const rule =
        kind === "linear"
          ? { kind, from, to, ifNoData: ifNoData ?? "exclude" }
          : kind === "deduction"
            ? { kind, perFinding, ...(present(cap) ? { cap } : {}) }
            : { kind };
      return { id: item.id, title: item.title, points: item.points, source: sourceOf(item.source), rule };
    }),
    vetoes: (values.vetoes ?? []).map((veto) => ({
      id: veto.id,
      title: veto.title,
      source: sourceOf(veto.source),
      rule:
        veto.rule.kind === "below"
          ? { kind: "below", threshold: veto.rule.threshold }
          : { kind: "atLeast", count: veto.rule.count },
    })),
    ...(present(values.note) ? { note: values.note } : {}),
  };
}

/** The form fields the current values render (where the API's errors can be shown). */
function fieldNames(values: Values): string[][] {
  const names: (string | number)[][] = [["name", "zh"], ["name", "en"], ["active"], ["passLine"], ["note"]];
  (values.bands ?? []).forEach((_, i) => {
    names.push(["bands", i, "grade"], ["bands", i, "min"]);
  });
  (values.items ?? []).forEach((item, i) => {
    names.push(
      ["items", i, "id"],
      ["items", i, "title", "zh"],
      ["items", i, "title", "en"],
      ["items", i, "points"],
      ["items", i, "source", "metric"],
      ["items", i, "rule", "kind"],
    );
    names.push(...sourceFieldNames(["items", i], item?.source));
    if (item?.rule?.kind === "linear")
      names.push(["items", i, "rule", "from"], ["items", i, "rule", "to"], ["items", i, "rule", "ifNoData"]);
    if (item?.rule?.kind === "deduction")
      names.push(["items", i, "rule", "perFinding"], ["items", i, "rule", "cap"]);
  });
  (values.vetoes ?? []).forEach((veto, i) => {
    names.push(
      ["vetoes", i, "id"],
      ["vetoes", i, "title", "zh"],
      ["vetoes", i, "title", "en"],
      ["vetoes", i, "source", "metric"],
      ["vetoes", i, "rule", "kind"],
      ["vetoes", i, "rule", veto?.rule?.kind === "below" ? "threshold" : "count"],
      ...sourceFieldNames(["vetoes", i], veto?.source),
    );
  });
  return names.map((n) => n.map(String));
}

/** The source filters a metric shows, as form paths under `at`. */
function sourceFieldNames(at: (string | number)[], source: Source | undefined): (string | number)[][] {
  if (source?.metric === "findings")
    return [
      [...at, "source", "policy"],
      [...at, "source", "rule"],
    ];
  if (source?.metric === "credit.bad") return [[...at, "source", "category"]];
  return [];
}

/** Three to a row on a desktop, one on a phone. */
const third = { xs: 24, sm: 12, md: 8 } as const;

/** An item's or a veto's id and its titles; `at` is the entry's path inside its Form.List. */
function IdTitleFields({ at }: { at: (string | number)[] }) {
  const { t } = useI18n();
  return (
    <>
      <Col {...third}>
        <Form.Item name={[...at, "id"]} label={t("itemId")}>
          <Input />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item name={[...at, "title", "zh"]} label={t("itemTitleZh")}>
          <Input />
        </Form.Item>
      </Col>
      <Col {...third}>
        <Form.Item name={[...at, "title", "en"]} label={t("itemTitleEn")}>
          <Input />
        </Form.Item>
      </Col>
    </>
  );
}

/**
 * The metric and, for findings and bad credit records, the filters that narrow it; `at` is the
 * entry's path inside its Form.List.
 */
function SourceFields({ at, metric }: { at: (string | number)[]; metric: Metric | undefined }) {
  const { t, pick } = useI18n();
  return (
    <>
      <Col {...third}>
        <Form.Item name={[...at, "source", "metric"]} label={t("source")}>
          <Select options={metrics.map((m) => ({ value: m, label: pick(metricLabel[m]) }))} />
        </Form.Item>
      </Col>
      {metric === "findings" && (
        <>
          <Col {...third}>
            <Form.Item name={[...at, "source", "policy"]} label={t("policy")}>
              <Input />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name={[...at, "source", "rule"]} label={t("policyRule")}>
              <Input />
            </Form.Item>
          </Col>
        </>
      )}
      {metric === "credit.bad" && (
        <Col {...third}>
          <Form.Item name={[...at, "source", "category"]} label={t("category")}>
            <Input />
          </Form.Item>
        </Col>
      )}
    </>
  );
}

function ItemFields({ index, remove }: { index: number; remove(): void }) {
  const { t } = useI18n();
  const form = Form.useFormInstance<Values>();
  const metric = Form.useWatch(["items", index, "source", "metric"], form) as Metric | undefined;
  const kind = Form.useWatch(["items", index, "rule", "kind"], form) as string | undefined;
  const title = Form.useWatch(["items", index, "title", "zh"], form) as string | undefined;
  const f = (...path: (string | number)[]) => [index, ...path];
  return (
    <Card
      size="small"
      title={`${index + 1}. ${title ?? ""}`}
      extra={
        <Button size="small" danger onClick={remove} aria-label={`${t("remove")} ${index + 1}`}>
          {t("remove")}
        </Button>
      }
      style={{ marginBottom: 12 }}
    >
      <Row gutter={12}>
        <IdTitleFields at={[index]} />
        <Col {...third}>
          <Form.Item name={f("points")} label={t("points")}>
            <InputNumber style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name={f("rule", "kind")} label={t("rule")}>
            <Select
              options={[
                { value: "linear", label: t("ruleLinear") },
                { value: "deduction", label: t("ruleDeduction") },
                { value: "manual", label: t("manualScore") },
              ]}
            />
          </Form.Item>
        </Col>
        <SourceFields at={[index]} metric={metric} />
        {kind === "linear" && (
          <>
            <Col {...third}>
              <Form.Item name={f("rule", "from")} label={t("ruleFrom")}>
                <InputNumber step={0.05} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item name={f("rule", "to")} label={t("ruleTo")}>
                <InputNumber step={0.05} style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item name={f("rule", "ifNoData")} label={t("ifNoData")}>
                <Select
                  options={[
                    { value: "exclude", label: t("ifNoDataExclude") },
                    { value: "full", label: t("ifNoDataFull") },
                    { value: "zero", label: t("ifNoDataZero") },
                  ]}
                />
              </Form.Item>
            </Col>
          </>
        )}
        {kind === "deduction" && (
          <>
            <Col {...third}>
              <Form.Item name={f("rule", "perFinding")} label={t("perFinding")}>
                <InputNumber style={{ width: "100%" }} />
              </Form.Item>
            </Col>
            <Col {...third}>
              <Form.Item name={f("rule", "cap")} label={t("cap")}>
                <InputNumber style={{ width: "100%" }} />
              </Form.Item>
            </Col>
          </>
        )}
      </Row>
    </Card>
  );
}

/** One veto: its id and title, the figure it watches and the condition that fails the target. */
function VetoFields({ index, remove }: { index: number; remove(): void }) {
  const { t } = useI18n();
  const form = Form.useFormInstance<Values>();
  const metric = Form.useWatch(["vetoes", index, "source", "metric"], form) as Metric | undefined;
  const kind = Form.useWatch(["vetoes", index, "rule", "kind"], form) as string | undefined;
  const title = Form.useWatch(["vetoes", index, "title", "zh"], form) as string | undefined;
  const f = (...path: (string | number)[]) => [index, ...path];
  return (
    <Card
      size="small"
      title={`${t("veto")} ${index + 1}. ${title ?? ""}`}
      extra={
        <Button danger onClick={remove} aria-label={`${t("remove")} ${t("veto")} ${index + 1}`}>
          {t("remove")}
        </Button>
      }
      style={{ marginBottom: 12 }}
      data-testid="veto-fields"
    >
      <Row gutter={12}>
        <IdTitleFields at={[index]} />
        <SourceFields at={[index]} metric={metric} />
        <Col {...third}>
          <Form.Item name={f("rule", "kind")} label={t("vetoCondition")}>
            <Select
              options={[
                { value: "atLeast", label: t("vetoAtLeast") },
                { value: "below", label: t("vetoBelow") },
              ]}
            />
          </Form.Item>
        </Col>
        <Col {...third}>
          {kind === "below" ? (
            <Form.Item name={f("rule", "threshold")} label={t("vetoThreshold")}>
              <InputNumber step={0.05} style={{ width: "100%" }} />
            </Form.Item>
          ) : (
            <Form.Item name={f("rule", "count")} label={t("vetoCount")}>
              <InputNumber step={1} style={{ width: "100%" }} />
            </Form.Item>
          )}
        </Col>
      </Row>
    </Card>
  );
}

/** Edits a template's latest version; saving writes the next version (PUT), errors at their fields. */
function TemplateForm({
  template,
  onSaved,
  onCancel,
}: {
  template: Template;
  onSaved(saved: Template): void;
  onCancel(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [banner, setBanner] = useState<string[]>([]);
  const queryClient = useQueryClient();
  const save = useMutation({
    // Sent as entered (an empty number is null): the API names what is wrong, at its path.
    mutationFn: (values: Values) =>
      client.PUT("/v1/tenants/{tenant}/assessment-templates/{code}", {
        params: { path: { code: template.code } },
        body: toBody(values, template) as Schema<"UpdateAssessmentTemplate">,
      }),
    onSuccess: (saved) => {
      setBanner([]);
      message.success(`${t("savedAsVersion")} ${saved.version}`);
      queryClient.invalidateQueries({ queryKey: ["assessment-templates"] });
      onSaved(saved);
    },
    onError: (error) => {
      setBanner(showFieldErrors(form, error, fieldNames(form.getFieldsValue(true) as Values)));
      // The first field the API named, brought into view (the form is longer than the drawer).
      const first = form.getFieldsError().find((f) => f.errors.length > 0);
      if (first) form.scrollToField(first.name, { block: "center" });
    },
  });
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={toValues(template.document)}
      onFinish={() => {
        setBanner([]);
        save.mutate(form.getFieldsValue(true) as Values);
      }}
      data-testid="template-form"
    >
      {banner.length > 0 && (
        <Alert type="error" showIcon title={banner.join("；")} style={{ marginBottom: 12 }} />
      )}
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name={["name", "zh"]} label={t("nameZh")}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name={["name", "en"]} label={t("nameEn")}>
            <Input />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="passLine" label={t("passLine")}>
            <InputNumber style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col {...third}>
          <Form.Item name="active" label={t("active")} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Col>
      </Row>
      <Typography.Title level={5}>{t("bands")}</Typography.Title>
      <Form.List name="bands">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field, i) => (
              <Row gutter={12} key={field.key} align="bottom">
                <Col xs={10} sm={10}>
                  <Form.Item name={[field.name, "grade"]} label={`${t("bandGrade")} ${i + 1}`}>
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={10} sm={10}>
                  <Form.Item name={[field.name, "min"]} label={`${t("bandMin")} ${i + 1}`}>
                    <InputNumber style={{ width: "100%" }} />
                  </Form.Item>
                </Col>
                <Col span={4}>
                  <Form.Item>
                    <Button
                      onClick={() => remove(field.name)}
                      aria-label={`${t("remove")} ${t("bands")} ${i + 1}`}
                    >
                      {t("remove")}
                    </Button>
                  </Form.Item>
                </Col>
              </Row>
            ))}
            <Button onClick={() => add({ grade: "", min: 0 })} style={{ marginBottom: 16 }}>
              {t("addBand")}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={5}>{t("item")}</Typography.Title>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <ItemFields key={field.key} index={field.name} remove={() => remove(field.name)} />
            ))}
            <Button
              onClick={() =>
                add({
                  id: `item${fields.length + 1}`,
                  title: { zh: "", en: "" },
                  points: 10,
                  source: { metric: "manual" },
                  rule: { kind: "manual" },
                })
              }
              style={{ marginBottom: 16 }}
            >
              {t("addItem")}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={5}>{t("vetoes")}</Typography.Title>
      <Form.List name="vetoes">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <VetoFields key={field.key} index={field.name} remove={() => remove(field.name)} />
            ))}
            <Button
              onClick={() =>
                add({
                  id: `veto${fields.length + 1}`,
                  title: { zh: "", en: "" },
                  source: { metric: "credit.bad" },
                  rule: { kind: "atLeast", count: 1 },
                })
              }
              style={{ marginBottom: 16 }}
            >
              {t("addVeto")}
            </Button>
          </>
        )}
      </Form.List>
      <Form.Item name="note" label={t("versionNote")}>
        <Input maxLength={500} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t("saveAsNewVersion")}
        </Button>
        <Button onClick={onCancel}>{t("cancel")}</Button>
      </Space>
    </Form>
  );
}

function ItemsOf({ version }: { version: Template }) {
  const { t, lang, pick } = useI18n();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={version.document.items}
      data-testid="template-items"
      columns={[
        { title: t("item"), render: (_, i) => pick(i.title) },
        { title: t("points"), dataIndex: "points", width: 70 },
        { title: t("source"), render: (_, i) => pick(metricLabel[i.source.metric]) },
        { title: t("rule"), render: (_, i) => ruleText(i.rule, lang) },
      ]}
    />
  );
}

/** One template: its versions (history), the items of the one chosen, and the editor of the next. */
function TemplateDrawer({ code, onClose }: { code: string; onClose(): void }) {
  const { t, lang, pick } = useI18n();
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<number | null>(null);
  const versions = useQuery({
    queryKey: ["assessment-templates", code, "versions"],
    queryFn: () =>
      client.GET("/v1/tenants/{tenant}/assessment-templates/{code}/versions", { params: { path: { code } } }),
  });
  const items = versions.data?.items ?? [];
  const latest = items[0];
  const shown = items.find((v) => v.version === chosen) ?? latest;
  return (
    <Drawer
      open
      onClose={onClose}
      size="large"
      title={latest ? `${t("templates")} · ${pick(latest.document.name)}` : t("templates")}
      data-testid="template-drawer"
    >
      {versions.isError && <Alert type="error" showIcon title={errorText(versions.error)} />}
      {latest && editing && (
        <TemplateForm
          template={latest}
          onCancel={() => setEditing(false)}
          onSaved={(saved) => {
            setEditing(false);
            setChosen(saved.version);
          }}
        />
      )}
      {latest && !editing && shown && (
        <Space orientation="vertical" size="middle" style={{ width: "100%" }}>
          <Descriptions
            size="small"
            bordered
            column={2}
            items={[
              { key: "code", label: t("code"), children: latest.code },
              { key: "target", label: t("targetKind"), children: t(targetLabel[latest.targetKind]) },
              {
                key: "version",
                label: t("currentVersion"),
                children: <span data-testid="template-current-version">{latest.version}</span>,
              },
              { key: "passLine", label: t("passLine"), children: latest.document.passLine },
              {
                key: "bands",
                label: t("bands"),
                span: 2,
                children: latest.document.bands.map((b) => `${b.grade} ≥ ${b.min}`).join("；"),
              },
            ]}
          />
          <Button type="primary" onClick={() => setEditing(true)}>
            {t("editAsNewVersion")}
          </Button>
          <Card size="small" title={t("templateHistory")}>
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={items}
              data-testid="template-versions"
              rowClassName={(v) => (v.version === shown.version ? "ant-table-row-selected" : "")}
              columns={[
                { title: t("version"), dataIndex: "version", width: 70 },
                { title: t("passLine"), width: 80, render: (_, v) => v.document.passLine },
                { title: t("note"), dataIndex: "note", render: (n) => n ?? "—" },
                { title: t("createdAt"), width: 150, render: (_, v) => formatTime(v.createdAt, lang) },
                {
                  title: t("actions"),
                  width: 90,
                  render: (_, v) => (
                    <Button
                      type="link"
                      size="small"
                      style={{ padding: 0 }}
                      onClick={() => setChosen(v.version)}
                      aria-label={`${t("view")} ${t("version")} ${v.version}`}
                    >
                      {t("view")}
                    </Button>
                  ),
                },
              ]}
            />
          </Card>
          <Card size="small" title={`${t("item")} · ${t("version")} ${shown.version}`}>
            <ItemsOf version={shown} />
            {shown.document.vetoes.length > 0 && (
              <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
                {t("vetoes")}：
                {shown.document.vetoes.map((v) => (
                  <Tag key={v.id}>{pick(v.title)}</Tag>
                ))}
              </Typography.Paragraph>
            )}
          </Card>
        </Space>
      )}
    </Drawer>
  );
}

/** The templates (考核细则) by code, each at its current version; open one for its history and editor. */
export function TemplatesTab({ templates, loading }: { templates: Template[]; loading: boolean }) {
  const { t, pick } = useI18n();
  const [open, setOpen] = useState<string | null>(null);
  return (
    <>
      <Table
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={templates}
        pagination={false}
        scroll={{ x: 640 }}
        data-testid="templates-table"
        columns={[
          { title: t("code"), dataIndex: "code" },
          { title: t("name"), render: (_, tpl) => pick(tpl.document.name) },
          { title: t("targetKind"), render: (_, tpl) => t(targetLabel[tpl.targetKind]) },
          { title: t("currentVersion"), dataIndex: "version" },
          { title: t("passLine"), render: (_, tpl) => tpl.document.passLine },
          {
            title: t("active"),
            render: (_, tpl) => (tpl.document.active === false ? t("no") : t("yes")),
          },
          {
            title: t("actions"),
            render: (_, tpl) => (
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={() => setOpen(tpl.code)}
                aria-label={`${t("view")} ${pick(tpl.document.name)}`}
              >
                {t("view")}
              </Button>
            ),
          },
        ]}
      />
      {open && <TemplateDrawer code={open} onClose={() => setOpen(null)} />}
    </>
  );
}
