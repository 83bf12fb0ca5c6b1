export { buildQuestionGraph, categoryUrl, questionUrl } from './build-graph';
export { parseFaqDocument } from './parse-faq';
export type * from './types';
