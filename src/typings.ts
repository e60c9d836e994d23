/**
 * `ottawa-treaty-widgets/react`, `/vue` and `/svelte` are types, made from the custom elements
 * manifest at build time (custom-elements-manifest.config.mjs). This empty module is what they
 * resolve to at run time, so that a plain `import 'ottawa-treaty-widgets/react'` works too.
 */
export {};
