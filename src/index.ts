/**
 * `ottawa-treaty-widgets`: registers every widget (each tag only if it is not registered yet)
 * and exports their classes, the dataset, its types and the derivations.
 *
 * A widget is a folder, src/components/<name>/<name>.ts, whose class registers `ot-<name>`; the
 * build, the script-tag loader, the manifest and everything made from it find it there. This list
 * is the one line to add: it is what an app imports.
 */
export * from './data/index.js';
export * from './components/treaty-badge/treaty-badge.js';
export * from './components/casualty-counter/casualty-counter.js';
export * from './components/pledge-bar/pledge-bar.js';
export * from './components/withdrawal-timeline/withdrawal-timeline.js';
