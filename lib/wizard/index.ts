export type { AnswerNode, ChoiceNode, ChoiceOption, WizardMessage, WizardNode, WizardPlace, WizardRequirement, WizardTree } from './types';
export { parseWizardTree, NODE_ID } from './parse-wizard-tree';
export { buildWizardTree, formatWizardMessages } from './build-wizard-tree';
export { mergeWizardTrees } from './merge-wizard-trees';
export { validateWizardTree, DEFAULT_MAX_DEPTH } from './validate-wizard-tree';
export { pathsTo, walk, parents, type WizardStep, type WalkResult } from './walk';
export { toWizardJson, resolveChecklist, type WizardJson, type WizardJsonAnswer, type WizardJsonChoice } from './wizard-json';
export { matchSymptomToNode, type SymptomMatch } from './match-symptom';
