import { defineConfig } from 'vite';

// Plain Vite with esbuild's JSX transform for Preact (no framework plugin needed).
// `npm run dev` proxies the API to a running PiCloud (PICLOUD_URL, default http://127.0.0.1:8080).
export default defineConfig({
  base: '/admin/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    target: 'es2020',
    emptyOutDir: true,
    chunkSizeWarningLimit: 400,
  },
  server: {
    proxy: { '/api': process.env.PICLOUD_URL || 'http://127.0.0.1:8080' },
  },
});
