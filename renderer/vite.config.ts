import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import { defineConfig } from 'vite';

// Vite only reads a default export; this file is the one exception to named exports.
export default defineConfig({
  // Pinned to this folder so the build works from any working directory.
  root: import.meta.dirname,
  // Relative asset URLs: Electron loads the build from file:// and the web host serves it at /.
  base: './',
  plugins: [react()],
  build: {
    // HOLDALL_DIST_DIR lets parallel builds (and their end-to-end runs) keep apart.
    outDir: join(
      process.env.HOLDALL_DIST_DIR ?? join(import.meta.dirname, '..', 'dist'),
      'renderer',
    ),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app and are cached apart; no chunk reaches the
        // 500 kB warning, so a new warning means something grew.
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 30,
            },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/, priority: 20 },
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/, priority: 20 },
          ],
        },
      },
    },
  },
});
