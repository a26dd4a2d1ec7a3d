import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The SPA lives in web/; the server serves web/dist with an SPA fallback and the API under /api.
export default defineConfig({
  root: "web",
  plugins: [react()],
  build: {
    outDir: "dist",
    emptyOutDir: true,
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Each page is a chunk of its own (lazy routes in web/app/router.tsx). What every page
        // needs at start is split in React and router, react-aria, and the app shell, so a new
        // release of the app leaves the libraries in the browser's cache; code that several
        // pages share (forms, dialogs) goes in one more chunk instead of dozens of small ones.
        codeSplitting: {
          groups: [
            {
              name: "react",
              test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|i18next|react-i18next)[\\/]/,
              tags: ["$initial"],
              priority: 4,
            },
            {
              name: "react-aria",
              test: /[\\/]node_modules[\\/]/,
              tags: ["$initial"],
              priority: 3,
            },
            { name: "app", tags: ["$initial"], priority: 2 },
            { name: "shared", minShareCount: 2, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      "/api": "http://localhost:3000",
    },
  },
});
