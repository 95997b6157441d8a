import { AppError } from "@propgov/core";
import type { Router } from "../../router.js";

const SCRIPT_PATH = "/docs/assets/api-reference.js";

/**
 * The interactive API reference (Scalar). Its script is served by this server from
 * `deps.docsScript`, never from a CDN: county intranets are often closed to the internet.
 */
const page = (title: string) => `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title} · API reference</title>
  </head>
  <body>
    <div id="app"></div>
    <script src="${SCRIPT_PATH}"></script>
    <script>
      Scalar.createApiReference("#app", {
        url: "/openapi.json",
        withDefaultFonts: false,
        hideClientButton: true,
        telemetry: false,
      });
    </script>
  </body>
</html>`;

export const registerDocs = (app: Router) => {
  app.get("/docs", (c) => {
    const { info, docsScript } = c.get("deps");
    if (!docsScript)
      throw new AppError("not_found", "This deployment serves no API reference; read /openapi.json.");
    return c.html(page(info.title), 200, {
      "content-security-policy":
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'",
    });
  });
  app.get(SCRIPT_PATH, async (c) => {
    const { docsScript } = c.get("deps");
    if (!docsScript) throw new AppError("not_found", "This deployment serves no API reference.");
    const { body, contentType } = await docsScript();
    return c.body(body as string, 200, {
      "content-type": contentType ?? "text/javascript; charset=utf-8",
      "cache-control": "public, max-age=86400",
    });
  });
};
