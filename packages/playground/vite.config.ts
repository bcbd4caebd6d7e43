import { defineConfig } from 'vite';

// Bundles the workspace packages from their TypeScript sources (the "source" export condition).
// base './' so the built site works from any folder of a plain static file server.
export default defineConfig({
  base: './',
  resolve: { conditions: ['source', 'browser', 'module', 'import', 'default'] },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true, reportCompressedSize: true, chunkSizeWarningLimit: 2000 },
});
