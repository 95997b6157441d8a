import { Typography } from "antd";

export default function FindingsPage(_props: { resource?: string }) {
  return <Typography.Title level={4}>FindingsPage</Typography.Title>;
}
