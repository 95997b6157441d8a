import type { Schema } from "@propgov/sdk";
import { Typography } from "antd";
import type { ReactNode } from "react";
import { useUser } from "../api/session";

type Attachment = Schema<"Attachment">;

/**
 * Attachments as thumbnails (images) or file names (PDF), each linking to its content in the same
 * window (no pop-up: in-app browsers block them), with who uploaded it; `extra` items follow.
 */
export function AttachmentList({
  items,
  testId,
  extra,
}: {
  items: Attachment[];
  testId: string;
  extra?: ReactNode;
}) {
  const user = useUser();
  const slug = user.tenant?.slug ?? "";
  return (
    <ul className="case-photos" data-testid={testId}>
      {items.map((a) => (
        <li key={a.id}>
          <a href={`/v1/tenants/${slug}/attachments/${a.id}/content`} target="_self">
            {a.hasThumbnail ? (
              <img
                src={`/v1/tenants/${slug}/attachments/${a.id}/thumbnail`}
                alt={a.filename ?? a.purpose}
                width={96}
                height={96}
              />
            ) : (
              <span className="case-photo-file">{a.filename ?? a.contentType}</span>
            )}
          </a>
          <Typography.Text type="secondary" className="case-photo-caption">
            {a.uploadedBy.name ?? ""}
          </Typography.Text>
        </li>
      ))}
      {extra}
    </ul>
  );
}
