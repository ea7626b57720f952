import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compression } from 'vite-plugin-compression2';
import { fileURLToPath } from 'node:url';

// The API the dev and preview servers forward /api to (the NestJS server; LENTERA_API overrides).
const target = process.env.LENTERA_API ?? 'http://localhost:3000';
const api = { '/api': { target, changeOrigin: false } };

export default defineConfig({
  base: '/',
  // Brotli and gzip twins of every text asset, served by the server when the browser accepts them (app.factory.ts)
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'] })],
  // the legal catalogue is pure data: the console bundles its source, never the reports package (Puppeteer)
  resolve: {
    alias: { '@lentera/reports/legal': fileURLToPath(new URL('../reports/src/legal/catalogue.ts', import.meta.url)) },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Few requests on a slow link (each costs a round trip of ~0.5 s on 3G): the libraries every screen needs in one
    // chunk, the console's own shared code in another; the charts (recharts, d3) stay with the lazily loaded pages
    // that draw them, and exceljs (the lists' Excel export), pdf-lib (a print batch) and the date pickers in chunks of
    // their own, each imported when a user asks for one.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|d3-|victory-vendor|decimal\.js-light)/,
              priority: 20,
              includeDependenciesRecursively: false,
            },
            {
              name: 'xlsx',
              test: /node_modules[\\/]exceljs[\\/]/,
              priority: 30,
              includeDependenciesRecursively: false,
            },
            {
              // pdf-lib (a print batch of several receipts in one PDF), imported when a user prints one
              name: 'pdf',
              test: /node_modules[\\/](pdf-lib|@pdf-lib|pako)[\\/]/,
              priority: 30,
              includeDependenciesRecursively: false,
            },
            {
              // the date pickers (MUI X with date-fns and its locales), loaded with the first screen that shows one
              // (common/DateInputId.tsx); date-fns itself and its default en-US locale stay in vendor (@date-fns/tz)
              name: 'pickers',
              test: /node_modules[\\/](@mui[\\/]x-date-pickers|@mui[\\/]x-internals|date-fns[\\/]locale[\\/](id|en-GB)[\\/.])/,
              priority: 30,
              includeDependenciesRecursively: false,
            },
            { name: 'vendor', test: /node_modules/, priority: 10 },
            { name: 'console', minShareCount: 2, priority: 5 },
          ],
        },
      },
    },
  },
  server: { port: 5173, proxy: api },
  preview: { port: 4173, proxy: api },
});
