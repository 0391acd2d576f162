import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The customer portal: a static app the gateway serves at /portal/. Every asset is bundled
// (fonts included), nothing inline, so the gateway's Content-Security-Policy can forbid all else.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/portal/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Inlined assets would be data: URLs; the policy allows them for images only.
    assetsInlineLimit: 0,
    target: 'es2022',
    sourcemap: false,
  },
});
