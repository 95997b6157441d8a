import type { Router } from "../../router.js";
import { publisherRoles } from "../disclosures/schema.js";
import { meetingReaders, meetingWriters } from "../meetings/schema.js";
import { anyTenantRole } from "../shared.js";
import { registerAttachmentContent } from "./content.js";
import { registerGetAttachment } from "./get.js";
import { registerList } from "./list.js";
import { registerChangeAttachment } from "./update.js";
import { registerUpload } from "./upload.js";

/** Who adds files to cases: staff and the 12345 desk at intake; departments summoned to it as completion evidence. */
const caseAttachers = ["countyAdmin", "dispatcher", "regionStaff", "departmentOfficer"] as const;

/** Registers the attachment routes: upload and list per owner, then one attachment by id. */
export function registerAttachmentRoutes(app: Router) {
  registerUpload(app, {
    kind: "case",
    collection: "cases",
    prefix: "cas",
    roles: caseAttachers,
    operationId: "uploadCaseAttachment",
    tag: "cases",
    summary: "Attach a photo or PDF to a case (at intake, or as completion evidence 影像证明)",
    who: "`purpose` `intake` (default): staff handling the case (county, the 12345 dispatcher, region staff of its subtree). `evidence`: also an officer of a department summoned to it. A closed or cancelled case takes no more (409). Photos marked `public` appear on case tracking and as Open311 `media_url`.",
  });
  registerList(app, {
    kind: "case",
    collection: "cases",
    prefix: "cas",
    roles: anyTenantRole,
    operationId: "listCaseAttachments",
    tag: "cases",
    summary: "List a case's attachments",
  });
  registerUpload(app, {
    kind: "meeting",
    collection: "meetings",
    prefix: "mtg",
    roles: meetingWriters,
    operationId: "uploadMeetingAttachment",
    tag: "meetings",
    summary: "Attach minutes (会议纪要) to a meeting",
    who: "`purpose` `minutes`. Who writes meetings: the county, region staff of the meeting's unit. Never public.",
  });
  registerList(app, {
    kind: "meeting",
    collection: "meetings",
    prefix: "mtg",
    roles: meetingReaders,
    operationId: "listMeetingAttachments",
    tag: "meetings",
    summary: "List a meeting's attachments",
  });
  registerUpload(app, {
    kind: "disclosure",
    collection: "disclosures",
    prefix: "dsc",
    roles: publisherRoles,
    operationId: "uploadDisclosureAttachment",
    tag: "disclosures",
    summary: "Attach a document to a disclosure (公示材料)",
    who: "`purpose` `document`. The publisher's side (as for withdrawing it) or the county; a withdrawn disclosure takes no more (409). Files marked `public` are served to anyone at `public/attachments/{id}`.",
  });
  registerList(app, {
    kind: "disclosure",
    collection: "disclosures",
    prefix: "dsc",
    roles: anyTenantRole,
    operationId: "listDisclosureAttachments",
    tag: "disclosures",
    summary: "List a disclosure's attachments",
  });
  registerGetAttachment(app);
  registerAttachmentContent(app);
  registerChangeAttachment(app);
}
