/**
 * `npm run build`: the static export of the content folder (`content/`, or FAQ_CONTENT) into `out/`
 * (or FAQ_OUT), every step with the same base path (`BASE_PATH`, else `basePath:` in site.yaml).
 *
 * Inputs:  the content folder. Outputs: the export, with `_headers`.
 * Order:   scripts/build-steps.ts: the content check, the embed scripts, next build, pruning, headers.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { configuredBasePath } from '../lib/site/configured-base-path';
import { BUILD_STEPS } from './build-steps';

const env = { ...process.env, BASE_PATH: configuredBasePath(), NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? '1' };
for (const step of BUILD_STEPS) {
  const result = spawnSync(join('node_modules', '.bin', step.command), step.args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
