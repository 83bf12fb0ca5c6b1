import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('./', import.meta.url)) } },
  test: {
    include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'scripts/**/*.test.ts', 'components/**/*.test.ts', 'embed/**/*.test.ts'],
    environment: 'node',
    // Some tests lay out or parse thousands of nodes; on a busy two-core machine 5 s is not enough.
    testTimeout: 30_000,
  },
});
