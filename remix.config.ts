import type { VitePluginConfig } from "@remix-run/dev";

/**
 * Remix's own options, kept apart from the Vite set-up so that a reader finds the
 * framework's choices in one place. `vite.config.ts` passes them to the Remix plugin.
 */
export const remixConfig: VitePluginConfig = {
  appDirectory: "app",
  buildDirectory: "build",
  ignoredRouteFiles: ["**/*.test.*", "**/.*"],
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
  },
};

export default remixConfig;
