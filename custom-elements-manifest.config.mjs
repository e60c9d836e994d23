// The custom-elements manifest (dist/custom-elements.json) is generated from the components'
// JSDoc: attributes, properties, events, parts, custom properties and custom states.
export default {
  globs: ['src/core/base.ts', 'src/components/**/*.ts'],
  exclude: ['src/components/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
};
