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
  },
  server: {
    proxy: {
      "/api": "http://localhost:3000",
    },
  },
});
