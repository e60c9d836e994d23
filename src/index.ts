/**
 * `ottawa-treaty-widgets`: registers every widget (each tag only if it is not registered yet)
 * and exports their classes, the dataset, its types and the derivations.
 */
export * from './data/index.js';
export { OtTreatyBadge } from './components/treaty-badge/treaty-badge.js';
