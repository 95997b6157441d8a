import { useMutation } from "@tanstack/react-query";
import { Alert, Button, Card, Form, Input, Select, Typography } from "antd";
import { signIn } from "../../api/client";
import { errorText } from "../../api/errors";
import { useResetCache } from "../../api/session";
import { useI18n } from "../../i18n/i18n";

const TENANT_KEY = "propgov.tenant";

interface SignInValues {
  tenant: string;
  username: string;
  password: string;
}

export function SignIn() {
  const { t, lang, setLang } = useI18n();
  const reset = useResetCache();
  const mutation = useMutation({
    mutationFn: (values: SignInValues) => signIn(values),
    onSuccess: (user, values) => {
      window.localStorage.setItem(TENANT_KEY, values.tenant.trim());
      reset(user);
    },
  });
  const initialTenant =
    new URLSearchParams(window.location.search).get("tenant") ??
    window.localStorage.getItem(TENANT_KEY) ??
    "";
  return (
    <main className="signin">
      <Card style={{ width: 400, maxWidth: "100%" }}>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t("appName")}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t("signInTitle")}</Typography.Paragraph>
        <Form<SignInValues>
          layout="vertical"
          initialValues={{ tenant: initialTenant }}
          onFinish={(values) => mutation.mutate(values)}
          requiredMark={false}
        >
          <Form.Item name="tenant" label={t("county")} extra={t("countyHelp")}>
            <Input autoComplete="organization" />
          </Form.Item>
          <Form.Item
            name="username"
            label={t("username")}
            rules={[{ required: true, message: t("required") }]}
          >
            <Input autoComplete="username" />
          </Form.Item>
          <Form.Item
            name="password"
            label={t("password")}
            rules={[{ required: true, message: t("required") }]}
          >
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {mutation.isError && (
            <Alert type="error" showIcon style={{ marginBottom: 16 }} title={errorText(mutation.error)} />
          )}
          <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
            {t("signIn")}
          </Button>
        </Form>
        <div style={{ marginTop: 16, textAlign: "right" }}>
          <Select<"zh" | "en">
            aria-label={t("language")}
            value={lang}
            onChange={setLang}
            options={[
              { value: "zh", label: "中文" },
              { value: "en", label: "English" },
            ]}
            style={{ width: 110 }}
          />
        </div>
      </Card>
    </main>
  );
}
