import { defineConfig } from 'vitest/config';

/**
 * One Vitest run covers the whole workspace. Each project is a group of tests with the same
 * needs: pure unit tests run in parallel; storage, server and browser tests share services and
 * run with fewer workers so they do not fight over PostgreSQL and Chromium.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          // Loading every plugin compiles their schemas: a second or two on a busy machine.
          testTimeout: 20_000,
          include: [
            'packages/{engine,sdk,cli,bench}/test/**/*.test.ts',
            'plugins/*/test/**/*.test.ts',
            // The shell's pure helpers; its browser tests are the `browser` project.
            'apps/web/test/**/*.unit.test.ts',
          ],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'server',
          // Servers started by tests log warnings only, so the run's output stays readable.
          env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
          include: ['packages/storage/test/**/*.test.ts', 'apps/server/test/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'browser',
          env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
          include: ['apps/web/test/**/*.test.ts'],
          exclude: ['apps/web/test/**/*.unit.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
