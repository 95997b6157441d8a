import { isPropgovError, quickstart } from "./quickstart.js";

// Run against a server started with `pnpm start` (it creates the demo tenant on first start):
//   PROPGOV_PASSWORD='…' pnpm --filter @propgov/example-sdk-quickstart start
const password = process.env.PROPGOV_PASSWORD;
if (!password) {
  console.error("Set PROPGOV_PASSWORD to the admin password (PROPGOV_ADMIN_PASSWORD of the server).");
  process.exit(2);
}

try {
  await quickstart({
    baseUrl: process.env.PROPGOV_URL ?? "http://localhost:3000",
    tenant: process.env.PROPGOV_TENANT ?? "mengcheng",
    username: process.env.PROPGOV_USERNAME ?? "admin",
    password,
  });
} catch (error) {
  if (isPropgovError(error)) {
    console.error(`${error.status} ${error.code}: ${error.detail} (request ${error.requestId})`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
}
