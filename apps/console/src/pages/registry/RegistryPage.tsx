import { Typography } from "antd";

export default function RegistryPage(_props: { resource?: string }) {
  return <Typography.Title level={4}>RegistryPage</Typography.Title>;
}
