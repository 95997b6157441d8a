import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

// Served by apps/server at /console. Everything is bundled: county intranets are closed, so no
// CDN, no remote font and nothing fetched from outside at run time.
export default defineConfig({
  base: "/console/",
  plugins: [react()],
  // Workspace packages (the SDK) resolve to their TypeScript sources: no build order to keep.
  resolve: {
    conditions: ["source", ...defaultClientConditions],
    // @rjsf/core's index imports its optional peer from the store, where pnpm does not link it.
    dedupe: ["@rjsf/validator-ajv8"],
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2_000,
  },
  server: { proxy: { "/v1": "http://localhost:3000" } },
});
