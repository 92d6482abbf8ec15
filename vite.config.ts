import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const serverPort = Number(process.env.PORT ?? 8080);
const target = `http://localhost:${serverPort}`;

/** The client is built into dist/client, which the server serves. */
export default defineConfig({
  root: 'client',
  plugins: [react()],
  build: {
    outDir: '../dist/client',
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
