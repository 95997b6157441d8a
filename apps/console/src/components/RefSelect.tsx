import { useQuery } from "@tanstack/react-query";
import { Select } from "antd";
import { useState } from "react";
import { type RefKind, refLabel, searchRefs } from "../api/registry";

export interface RefSelectProps {
  kind: RefKind;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  id?: string;
  "aria-label"?: string;
  style?: React.CSSProperties;
  allowClear?: boolean;
}

/** A searchable select of regions, compounds or companies (the API's text search). */
export function RefSelect({
  kind,
  value,
  onChange,
  placeholder,
  id,
  style,
  allowClear = true,
  ...rest
}: RefSelectProps) {
  const [q, setQ] = useState("");
  const options = useQuery({ queryKey: ["refs", kind, q], queryFn: () => searchRefs(kind, q) });
  const current = useQuery({
    queryKey: ["refLabel", kind, value],
    enabled: !!value,
    queryFn: () => refLabel(kind, value as string),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const list = options.data ?? [];
  const withCurrent =
    value && !list.some((o) => o.value === value) ? [{ value, label: current.data ?? value }, ...list] : list;
  return (
    <Select
      id={id}
      aria-label={rest["aria-label"]}
      showSearch={{ filterOption: false, onSearch: setQ }}
      allowClear={allowClear}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      options={withCurrent}
      loading={options.isFetching}
      placeholder={placeholder}
      style={style}
    />
  );
}
