import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// The API the dev and preview servers forward /api to (the NestJS server; LENTERA_API overrides).
const target = process.env.LENTERA_API ?? 'http://localhost:3000';
const api = { '/api': { target, changeOrigin: false } };

export default defineConfig({
  base: '/',
  plugins: [react()],
  // the legal catalogue is pure data: the console bundles its source, never the reports package (Puppeteer)
  resolve: {
    alias: { '@lentera/reports/legal': fileURLToPath(new URL('../reports/src/legal/catalogue.ts', import.meta.url)) },
  },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false },
  server: { port: 5173, proxy: api },
  preview: { port: 4173, proxy: api },
});
