import type { Schema } from "@propgov/sdk";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Alert, App, Button, Modal, Space, Table, Typography } from "antd";
import { useState } from "react";
import { client } from "../../api/client";
import { errorText } from "../../api/errors";
import { useI18n } from "../../i18n/i18n";

type ImportResult = Schema<"ImportReport">;

export type ImportResource = "compounds" | "companies" | "regions" | "contracts" | "committees" | "partyOrgs";

function runImport(resource: ImportResource, csv: string, commit: boolean): Promise<ImportResult> {
  const options = { body: csv, params: { query: commit ? { commit: "true" as const } : {} } };
  switch (resource) {
    case "compounds":
      return client.POST("/v1/tenants/{tenant}/imports/compounds", options);
    case "companies":
      return client.POST("/v1/tenants/{tenant}/imports/companies", options);
    case "regions":
      return client.POST("/v1/tenants/{tenant}/imports/regions", options);
    case "contracts":
      return client.POST("/v1/tenants/{tenant}/imports/contracts", options);
    case "committees":
      return client.POST("/v1/tenants/{tenant}/imports/committees", options);
    case "partyOrgs":
      return client.POST("/v1/tenants/{tenant}/imports/party-orgs", options);
  }
}

/** Choose a CSV, see the dry run's row errors, then import: all rows or none. */
export function ImportDialog({
  resource,
  open,
  onClose,
}: {
  resource: ImportResource;
  open: boolean;
  onClose(): void;
}) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [csv, setCsv] = useState<{ name: string; text: string } | null>(null);
  const dryRun = useMutation({ mutationFn: (text: string) => runImport(resource, text, false) });
  const commit = useMutation({
    mutationFn: (text: string) => runImport(resource, text, true),
    onSuccess: (result) => {
      message.success(`${t("imported")}: ${result.created.length}`);
      queryClient.invalidateQueries({ queryKey: ["registry"] });
      queryClient.invalidateQueries({ queryKey: ["kpis"] });
      close();
    },
  });
  const close = () => {
    setCsv(null);
    dryRun.reset();
    commit.reset();
    onClose();
  };
  const preview = dryRun.data;
  return (
    <Modal
      open={open}
      title={`${t("importCsv")} · ${t(resource)}`}
      onCancel={close}
      width={720}
      footer={
        <Space>
          <Button onClick={close}>{t("cancel")}</Button>
          <Button
            type="primary"
            disabled={!csv || !preview || preview.errors.length > 0}
            loading={commit.isPending}
            onClick={() => csv && commit.mutate(csv.text)}
          >
            {t("commitImport")}
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" style={{ width: "100%" }}>
        <label>
          <Typography.Text>{t("chooseFile")}: </Typography.Text>
          <input
            type="file"
            accept=".csv,text/csv"
            aria-label={t("chooseFile")}
            onChange={async (event) => {
              const file = event.target.files?.[0];
              if (!file) return;
              const text = await file.text();
              setCsv({ name: file.name, text });
              commit.reset();
              dryRun.mutate(text);
            }}
          />
        </label>
        {dryRun.isError && <Alert type="error" showIcon title={errorText(dryRun.error)} />}
        {commit.isError && <Alert type="error" showIcon title={errorText(commit.error)} />}
        {preview && (
          <>
            <Typography.Text data-testid="import-summary">
              {t("dryRun")}: {preview.rows} {t("importRows")} · {preview.valid} ✓ · {preview.errors.length}{" "}
              {t("importErrors")}
            </Typography.Text>
            {preview.errors.length === 0 ? (
              <Alert type="success" showIcon title={t("importOk")} />
            ) : (
              <Table
                size="small"
                rowKey={(e) => `${e.row}-${e.field ?? ""}-${e.message}`}
                pagination={false}
                dataSource={preview.errors}
                data-testid="import-errors"
                columns={[
                  { title: t("importRows"), dataIndex: "row", width: 70 },
                  { title: t("code"), dataIndex: "column", width: 140 },
                  { title: t("message"), dataIndex: "message" },
                ]}
              />
            )}
          </>
        )}
      </Space>
    </Modal>
  );
}
