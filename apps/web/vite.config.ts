import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The checkout API and the shell share one origin in production; the dev server proxies. */
const backend = 'http://127.0.0.1:3000';

export default defineConfig({
  root,
  plugins: [react()],
  server: {
    proxy: {
      '/trpc': backend,
      '/api': backend,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // Vendor code changes less often than ours: a separate chunk stays cached across deploys.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|rc-[^\\/]+|@rc-component)/ },
            { name: 'refine', test: /node_modules[\\/]@refinedev[\\/]/ },
            { name: 'rjsf', test: /node_modules[\\/](@rjsf|ajv|ajv-formats|lodash)/ },
          ],
        },
      },
    },
  },
});
