/**
 * What the API needs on Node and nowhere else: attachments in a folder, and images processed by
 * sharp (libvips), email over SMTP (nodemailer). `import { fsAttachmentStore, sharpImageProcessor } from "@propgov/api/node"`.
 */
export { fsAttachmentStore } from "./fs-store.js";
export { nodeResolveHost } from "./resolve-host.js";
export { sharpImageProcessor } from "./sharp.js";
export { type SmtpConfig, smtpEmailSender } from "./smtp.js";
