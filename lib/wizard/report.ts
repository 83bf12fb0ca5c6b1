import type { VFile } from 'vfile';
import { reportOn } from '@/lib/content/report';
import type { WizardPlace } from './types';

/**
 * Adds a message at `place` to the wizard file it names (the first file when
 * none does), the way every content check reports: the content check prints
 * it as `file:line:column  severity  reason  [rule]`.
 */
export function reportAt(files: readonly VFile[], place: WizardPlace, ruleId: string, reason: string, severity: 'error' | 'warning' = 'error'): void {
  const file = files.find((candidate) => candidate.path === place.file) ?? files[0];
  if (!file) return;
  reportOn(file, { line: place.line, column: place.column }, reason, { ruleId, source: 'wizard', severity });
}
