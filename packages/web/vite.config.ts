import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiTarget = process.env.HJEMVEJ_API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root,
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    // Keep the built app free of inline scripts (strict CSP).
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    // React changes less often than the app and every page needs it: its own chunk caches better
    // between releases. Other libraries are not grouped: a group holds every part of a library
    // any page uses, so the first page would load, e.g., all of Mantine (bench:web measures it).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 3 }],
        },
      },
    },
  },
});
