import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Input,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Typography,
} from "antd";
import type { ColumnsType } from "antd/es/table";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { client } from "../../api/client";
import { errorText } from "../../api/errors";
import { hasRole, useUser } from "../../api/session";
import { RefSelect } from "../../components/RefSelect";
import { useI18n } from "../../i18n/i18n";
import { type MessageKey, zh } from "../../i18n/messages";
import { download, toCsv } from "./csv";
import { ImportDialog } from "./ImportDialog";
import { RecordForm } from "./RecordForm";
import { type Body, type ListResource, type Query, specs } from "./specs";
import { toXlsx, XLSX_TYPE } from "./xlsx";

const PAGE_SIZE = 20;

type Row = Body & { id: string; archivedAt?: string | null; children?: Row[] };

/** Leaves of the tree carry `children: []`; without it the table shows no expander for them. */
function prune(nodes: Row[]): Row[] {
  return nodes.map(({ children, ...node }) =>
    children && children.length > 0 ? { ...node, children: prune(children) } : node,
  );
}

function useFilters(resource: ListResource) {
  const [params, setParams] = useSearchParams();
  const spec = specs[resource];
  const query: Query = {};
  for (const name of [
    "q",
    ...(spec.archive ? ["includeArchived"] : []),
    ...spec.filters.map((f) => f.param),
  ]) {
    const value = params.get(name);
    if (value) query[name] = value;
  }
  const set = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  return { query, set };
}

/** Every page of the list with these filters, for the export. */
async function readAll(resource: ListResource, query: Query): Promise<Row[]> {
  const rows: Row[] = [];
  let cursor: string | undefined;
  do {
    const page = await specs[resource].list({ ...query, limit: 200, ...(cursor ? { cursor } : {}) });
    rows.push(...(page.items as Row[]));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return rows;
}

/** The region tree, nested, when the regions page is not searching. */
function useRegionTree(enabled: boolean) {
  return useQuery({
    queryKey: ["registry", "regions", "tree"],
    enabled,
    queryFn: () => client.GET("/v1/tenants/{tenant}/regions/tree"),
  });
}

export default function RegistryPage({ resource }: { resource: ListResource }) {
  const spec = specs[resource];
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const user = useUser();
  const queryClient = useQueryClient();
  const { query, set } = useFilters(resource);
  const canEdit = hasRole(user, ["countyAdmin"]) && spec.create !== undefined;
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const filterKey = JSON.stringify(query);
  const [lastFilters, setLastFilters] = useState(filterKey);
  if (lastFilters !== filterKey) {
    setLastFilters(filterKey);
    setCursors([undefined]);
  }
  const asTree = resource === "regions" && !query.q && !query.kind && !query.includeArchived;
  const tree = useRegionTree(asTree);
  const list = useQuery({
    queryKey: ["registry", resource, query, cursor ?? null],
    enabled: !asTree,
    queryFn: () => spec.list({ ...query, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }),
  });
  const [editing, setEditing] = useState<Row | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const archive = useMutation({
    mutationFn: (id: string) => (spec.archive ? spec.archive(id) : Promise.resolve()),
    onSuccess: () => {
      message.success(t("archived"));
      queryClient.invalidateQueries({ queryKey: ["registry", resource] });
    },
    onError: (error) => message.error(errorText(error)),
  });
  const exportRows = useMutation({
    mutationFn: async (format: "csv" | "xlsx") => ({ format, rows: await readAll(resource, query) }),
    onSuccess: ({ format, rows }) => {
      const header = spec.columns.map((c) => t(c.title));
      const cells = rows.map((row) => spec.columns.map((c) => c.value(row, pick)));
      if (format === "csv") download(`${resource}.csv`, toCsv(header, cells));
      else
        download(
          `${resource}.xlsx`,
          toXlsx(t(resource), header, cells) as Uint8Array<ArrayBuffer>,
          XLSX_TYPE,
        );
    },
    onError: (error) => message.error(errorText(error)),
  });

  const columns: ColumnsType<Row> = [
    ...spec.columns.map((c) => ({
      key: c.key,
      title: t(c.title),
      render: (_: unknown, row: Row) => (c.render ? c.render(row, pick) : c.value(row, pick)),
    })),
    ...(spec.create === undefined
      ? []
      : [
          {
            key: "actions",
            title: t("actions"),
            width: 150,
            render: (_: unknown, row: Row) =>
              row.archivedAt ? (
                <Tag>{t("archived")}</Tag>
              ) : canEdit ? (
                <Space size={0}>
                  <Button
                    type="link"
                    size="small"
                    onClick={async () => {
                      // Tree nodes carry no full record: read it.
                      const full = asTree ? await readOne(resource, row.id) : row;
                      setEditing(full);
                      setFormOpen(true);
                    }}
                  >
                    {t("edit")}
                  </Button>
                  <Popconfirm title={t("archiveConfirm")} onConfirm={() => archive.mutate(row.id)}>
                    <Button type="link" size="small" danger>
                      {t("archive")}
                    </Button>
                  </Popconfirm>
                </Space>
              ) : null,
          },
        ]),
  ];
  const rows =
    (asTree ? prune((tree.data ?? []) as unknown as Row[]) : (list.data?.items as Row[] | undefined)) ?? [];
  const error = asTree ? tree.error : list.error;
  const optionLabel = (l: string) => (l in zh ? t(l as MessageKey) : l);

  return (
    <div className="page">
      <Space style={{ width: "100%", justifyContent: "space-between", marginBottom: 12 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t(resource)}
        </Typography.Title>
        <Space wrap>
          {canEdit && (
            <Button
              type="primary"
              onClick={() => {
                setEditing(null);
                setFormOpen(true);
              }}
            >
              {t("create")}
            </Button>
          )}
          {canEdit && spec.importPath && (
            <Button onClick={() => setImportOpen(true)}>{t("importCsv")}</Button>
          )}
          <Button
            loading={exportRows.isPending && exportRows.variables === "csv"}
            onClick={() => exportRows.mutate("csv")}
          >
            {t("exportCsv")}
          </Button>
          <Button
            loading={exportRows.isPending && exportRows.variables === "xlsx"}
            onClick={() => exportRows.mutate("xlsx")}
          >
            {t("exportXlsx")}
          </Button>
        </Space>
      </Space>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }} role="search">
          <Input.Search
            allowClear
            aria-label={t("search")}
            placeholder={t("search")}
            defaultValue={String(query.q ?? "")}
            onSearch={(value) => set("q", value.trim() || undefined)}
            style={{ width: 220 }}
          />
          {spec.filters.map((filter) =>
            filter.type === "date" ? (
              <Input
                key={filter.param}
                type="date"
                aria-label={t(filter.label)}
                value={(query[filter.param] as string | undefined) ?? ""}
                onChange={(e) => set(filter.param, e.target.value || undefined)}
                style={{ width: 160 }}
              />
            ) : filter.type === "ref" ? (
              <RefSelect
                key={filter.param}
                kind={filter.ref}
                aria-label={t(filter.label)}
                placeholder={t(filter.label)}
                value={query[filter.param] as string | undefined}
                onChange={(value) => set(filter.param, value)}
                style={{ width: 200 }}
              />
            ) : (
              <Select
                key={filter.param}
                allowClear
                aria-label={t(filter.label)}
                placeholder={t(filter.label)}
                value={query[filter.param] as string | undefined}
                onChange={(value?: string) => set(filter.param, value)}
                options={filter.options.map((o) => ({ value: o.value, label: optionLabel(o.label) }))}
                style={{ width: 180 }}
              />
            ),
          )}
          {spec.archive && (
            <Checkbox
              checked={query.includeArchived === "true"}
              onChange={(e) => set("includeArchived", e.target.checked ? "true" : undefined)}
            >
              {t("includeArchived")}
            </Checkbox>
          )}
        </Space>
        {error && <Alert type="error" showIcon title={errorText(error)} style={{ marginBottom: 12 }} />}
        <Table<Row>
          size="small"
          rowKey="id"
          columns={columns}
          dataSource={rows}
          loading={asTree ? tree.isFetching : list.isFetching}
          pagination={false}
          scroll={{ x: 900 }}
          expandable={asTree ? { defaultExpandAllRows: false } : undefined}
          data-testid="registry-table"
        />
        {!asTree && (
          <Space style={{ marginTop: 12 }}>
            <Button disabled={cursors.length === 1} onClick={() => setCursors([undefined])}>
              {t("firstPage")}
            </Button>
            <Button
              disabled={!list.data?.nextCursor}
              onClick={() => list.data?.nextCursor && setCursors([...cursors, list.data.nextCursor])}
            >
              {t("nextPage")}
            </Button>
            <Typography.Text type="secondary">{cursors.length}</Typography.Text>
          </Space>
        )}
      </Card>
      {formOpen && (
        <RecordForm spec={spec} editing={editing} open={formOpen} onClose={() => setFormOpen(false)} />
      )}
      {spec.importPath && (
        <ImportDialog resource={spec.importPath} open={importOpen} onClose={() => setImportOpen(false)} />
      )}
    </div>
  );
}

async function readOne(resource: ListResource, id: string): Promise<Row> {
  if (resource !== "regions") throw new Error(`no tree for ${resource}`);
  return (await client.GET("/v1/tenants/{tenant}/regions/{id}", {
    params: { path: { id } },
  })) as unknown as Row;
}
