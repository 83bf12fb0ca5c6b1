/** Search's typo distance is the shared one, so search and did-you-mean agree on what a typo is. */
export { editDistance } from '@/lib/edit-distance';
