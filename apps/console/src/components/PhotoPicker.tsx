import { CameraOutlined } from "@ant-design/icons";
import { Typography } from "antd";
import { useI18n } from "../i18n/i18n";

/**
 * Photos to upload: a button in the page's language over a file input (which a phone opens as
 * camera or gallery). `id` is the input's, for the form item's label.
 */
export function PhotoPicker({
  id,
  files,
  onChange,
}: {
  id: string;
  files: File[];
  onChange(files: File[]): void;
}) {
  const { t } = useI18n();
  return (
    <div className="photo-picker">
      <input
        id={id}
        type="file"
        accept="image/jpeg,image/png,image/webp"
        multiple
        onChange={(e) => onChange([...(e.target.files ?? [])])}
      />
      <label htmlFor={id} className="ant-btn ant-btn-default ant-btn-color-default ant-btn-variant-outlined">
        <CameraOutlined /> {t("addPhoto")}
      </label>
      {files.length > 0 && (
        <Typography.Text type="secondary">{files.map((f) => f.name).join("、")}</Typography.Text>
      )}
    </div>
  );
}
