/**
 * "No answer mentions `ERR_PNPM_NO_MATCHING_VERSION`": said before any list of results for a query naming an
 * identifier or a quoted message that no answer contains, so the results are read as what they are, partial
 * matches, and not as answers about it.
 */
export function MissingNote({ missing, partial, className = '' }: { missing: readonly string[]; partial: boolean; className?: string }) {
  if (missing.length === 0) return null;
  return (
    <p className={className} data-missing-note="">
      No answer mentions{' '}
      {missing.map((text, i) => (
        <span key={text}>
          {i > 0 && (i === missing.length - 1 ? ' or ' : ', ')}
          <code className="break-all">{text}</code>
        </span>
      ))}
      {partial ? '. Partial matches:' : '.'}
    </p>
  );
}
