import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const serverPort = Number(process.env.PORT ?? 8080);
const target = `http://localhost:${serverPort}`;

/**
 * The simulated-Zoom build for the browser tests (issue 16): the Zoom
 * adapter, and only it, is replaced by the harness's fake, in its own folder.
 */
const zoomFake = process.env.PAIRPLAN_ZOOM_FAKE === '1';
const fakeZoomSdk = fileURLToPath(new URL('./tests/e2e/zoom/fakeZoomSdk.ts', import.meta.url));

/** The client is built into dist/client, which the server serves. */
export default defineConfig({
  root: 'client',
  plugins: [react()],
  resolve: zoomFake ? { alias: [{ find: /^\.\/zoomSdk\.js$/, replacement: fakeZoomSdk }] } : {},
  build: {
    outDir: zoomFake ? '../dist/client-zoom-fake' : '../dist/client',
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 5173,
    proxy: {
      '/api': target,
      '/healthz': target,
      '/ws': { target, ws: true },
    },
  },
});
