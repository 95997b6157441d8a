import type { Schema } from "@propgov/sdk";
import { useQuery } from "@tanstack/react-query";
import { Form, Select } from "antd";
import { client } from "../../api/client";
import { RefSelect } from "../../components/RefSelect";
import { useI18n } from "../../i18n/i18n";
import type { MessageKey } from "../../i18n/messages";

/** A county role (the session also knows platformAdmin, which no county user or key holds). */
export type Role = Schema<"User">["roles"][number];

export const roleLabel: Record<Role, MessageKey> = {
  countyAdmin: "roleCountyAdmin",
  dispatcher: "roleDispatcher",
  regionStaff: "roleRegionStaff",
  departmentOfficer: "roleDepartmentOfficer",
  companyStaff: "roleCompanyStaff",
  committeeMember: "roleCommitteeMember",
};

export const roles = Object.keys(roleLabel) as Role[];

/** Which scope field a set of roles needs: the API requires the one of the narrowest role. */
export function scopeFieldOf(
  selected: readonly Role[] | undefined,
): "regionId" | "departmentId" | "companyId" | "compoundId" | null {
  const r = selected ?? [];
  if (r.includes("countyAdmin") || r.includes("dispatcher")) return null;
  if (r.includes("regionStaff")) return "regionId";
  if (r.includes("departmentOfficer")) return "departmentId";
  if (r.includes("companyStaff")) return "companyId";
  if (r.includes("committeeMember")) return "compoundId";
  return null;
}

export function RolesField() {
  const { t } = useI18n();
  return (
    <Form.Item name="roles" label={t("roles")} rules={[{ required: true, message: t("required") }]}>
      <Select
        mode="multiple"
        showSearch={{ optionFilterProp: "label" }}
        options={roles.map((r) => ({ value: r, label: t(roleLabel[r]) }))}
      />
    </Form.Item>
  );
}

function DepartmentSelect(props: {
  value?: string;
  onChange?: (v: string | undefined) => void;
  id?: string;
}) {
  const { pick } = useI18n();
  const departments = useQuery({
    queryKey: ["refs", "departments"],
    queryFn: () => client.GET("/v1/tenants/{tenant}/departments", { params: { query: { limit: 200 } } }),
  });
  return (
    <Select
      {...props}
      allowClear
      showSearch={{ optionFilterProp: "label" }}
      options={(departments.data?.items ?? []).map((d) => ({
        value: d.id,
        label: pick(d.name),
      }))}
    />
  );
}

/** The scope field the chosen roles need (a region, department, company or compound), if any. */
export function ScopeField() {
  const { t } = useI18n();
  return (
    <Form.Item noStyle shouldUpdate={(a, b) => a.roles !== b.roles}>
      {({ getFieldValue }) => {
        const field = scopeFieldOf(getFieldValue("roles"));
        if (!field) return null;
        const label = t(
          field === "regionId"
            ? "region"
            : field === "departmentId"
              ? "departments"
              : field === "companyId"
                ? "company"
                : "compound",
        );
        return (
          <Form.Item
            name={["scope", field]}
            label={`${t("scope")}：${label}`}
            rules={[{ required: true, message: t("required") }]}
          >
            {field === "departmentId" ? (
              <DepartmentSelect />
            ) : (
              <RefSelect
                kind={field === "regionId" ? "region" : field === "companyId" ? "company" : "compound"}
                aria-label={label}
              />
            )}
          </Form.Item>
        );
      }}
    </Form.Item>
  );
}

/** A scope as words: which kind of unit, and its id. */
export function scopeText(
  scope: Record<string, string> | null | undefined,
  t: (k: MessageKey) => string,
): string {
  if (!scope) return "—";
  const [k, v] = Object.entries(scope)[0] ?? [];
  if (!k) return "—";
  const label = t(
    k === "regionId"
      ? "region"
      : k === "departmentId"
        ? "departments"
        : k === "companyId"
          ? "company"
          : "compound",
  );
  return `${label} ${v}`;
}
