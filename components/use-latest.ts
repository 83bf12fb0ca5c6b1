'use client';

import { useEffect, useState } from 'react';
import { createLatest, type Latest } from '@/lib/search/engine/latest';

/** "The latest search wins" for a component: a reply to a search that a newer one overtook, or that came after unmounting, is dropped. */
export function useLatest(): Latest {
  const [latest] = useState(createLatest);
  useEffect(() => () => latest.cancel(), [latest]);
  return latest;
}
