import { Typography } from "antd";

export default function EvaluationsPage(_props: { resource?: string }) {
  return <Typography.Title level={4}>EvaluationsPage</Typography.Title>;
}
