import { vitePlugin as remix } from "@remix-run/dev";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { remixConfig } from "./remix.config";

const alias = {
  "~": fileURLToPath(new URL("./app", import.meta.url)),
  "#db": fileURLToPath(new URL("./db", import.meta.url)),
};

export default defineConfig(({ mode }) => ({
  resolve: { alias },
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  ssr: { external: ["better-sqlite3"] },
  build: { target: "es2019", cssMinify: true },
  plugins: mode === "test" ? [] : [remix(remixConfig)],
}));
