/** The steps of `npm run build`, in order, as scripts/build.ts runs them and `npm run bench:scale` times them. */
export const BUILD_STEPS: { phase: string; command: string; args: string[] }[] = [
  { phase: 'check-content', command: 'tsx', args: ['scripts/check-content.ts'] },
  { phase: 'build-embed', command: 'tsx', args: ['scripts/build-embed.ts'] },
  { phase: 'next build', command: 'next', args: ['build'] },
  { phase: 'prune-export', command: 'tsx', args: ['scripts/prune-export.ts'] },
  { phase: 'build-headers', command: 'tsx', args: ['scripts/build-headers.ts'] },
];
