/**
 * `ottawa-treaty-widgets/data`: the dataset, its types, validation and the derivations, without
 * registering any element.
 */
export { bundledDataset as dataset } from './bundled.js';
export type * from './types.js';
export * from './derive.js';
export { validateDataset, formatPath, type Validation, type Problem as DataProblem } from './validate.js';
export { isIsoDate, knownBy, today } from './dates.js';
export { entryIntoForceFor, withdrawalEffect, ruleEntryIntoForce, ruleWithdrawalEffect, type Effect } from './rules.js';
