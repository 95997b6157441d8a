import { useMutation } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal } from "antd";
import { client } from "../../api/client";
import { errorText, showFieldErrors } from "../../api/errors";
import { useI18n } from "../../i18n/i18n";

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

export function ChangePasswordDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<PasswordValues>();
  const mutation = useMutation({
    mutationFn: (values: PasswordValues) =>
      client.POST("/v1/auth/password", {
        body: { currentPassword: values.currentPassword, newPassword: values.newPassword },
      }),
    onSuccess: () => {
      message.success(t("passwordChanged"));
      form.resetFields();
      onClose();
    },
    onError: (error) => showFieldErrors(form, error, [["currentPassword"], ["newPassword"]]),
  });
  return (
    <Modal
      open={open}
      title={t("changePassword")}
      okText={t("save")}
      cancelText={t("cancel")}
      confirmLoading={mutation.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<PasswordValues> form={form} layout="vertical" onFinish={(values) => mutation.mutate(values)}>
        <Form.Item
          name="currentPassword"
          label={t("currentPassword")}
          rules={[{ required: true, message: t("required") }]}
        >
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t("newPassword")}
          rules={[{ required: true, message: t("required") }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirm"
          label={t("confirmPassword")}
          dependencies={["newPassword"]}
          rules={[
            { required: true, message: t("required") },
            ({ getFieldValue }) => ({
              validator: (_, value) =>
                !value || getFieldValue("newPassword") === value
                  ? Promise.resolve()
                  : Promise.reject(new Error(t("passwordsDiffer"))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        {mutation.isError && !("errors" in (mutation.error as object)) && (
          <Alert type="error" showIcon title={errorText(mutation.error)} />
        )}
      </Form>
    </Modal>
  );
}
