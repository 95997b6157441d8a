import { Typography } from "antd";

export default function PoliciesPage(_props: { resource?: string }) {
  return <Typography.Title level={4}>PoliciesPage</Typography.Title>;
}
