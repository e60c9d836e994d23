/**
 * `ottawa-treaty-widgets`: registers every widget (each tag only if it is not registered yet)
 * and exports their classes, the dataset, its types and the derivations.
 */
export * from './data/index.js';
export { OtTreatyBadge } from './components/treaty-badge/treaty-badge.js';
export { OtCasualtyCounter } from './components/casualty-counter/casualty-counter.js';
export { OtPledgeBar } from './components/pledge-bar/pledge-bar.js';
export { OtWithdrawalTimeline } from './components/withdrawal-timeline/withdrawal-timeline.js';
