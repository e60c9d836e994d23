/**
 * Storybook for the widgets: `npm run storybook` (dev server) and `npm run build-storybook`
 * (static build in storybook-static/). Both run `npm run build` first, because the controls and
 * docs come from dist/custom-elements.json. Nothing here fetches from the network: no telemetry,
 * no crash reports, no "what's new" or version checks.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';

process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const MANIFEST = fileURLToPath(new URL('../dist/custom-elements.json', import.meta.url));
if (!existsSync(MANIFEST)) {
  throw new Error(
    'Storybook: dist/custom-elements.json is missing. Its controls and docs come from it: run `npm run build` first ' +
      '(`npm run storybook` and `npm run build-storybook` do).',
  );
}

const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: {
    disableTelemetry: true,
    enableCrashReports: false,
    disableWhatsNewNotifications: true,
  },
  docs: { defaultName: 'Docs' },
  async viteFinal(config) {
    // other work in the tree (the demo pages, screenshots, test output) is not Storybook's: no reloads for it
    config.server = {
      ...config.server,
      watch: {
        ...config.server?.watch,
        ignored: ['**/demo/**', '**/screenshots/**', '**/storybook-static/**', '**/.test-results/**', '**/tests/**'],
      },
    };
    // pre-bundle every lit entry the stories and widgets use in one go: one found later would be
    // served beside the first bundle, and the page would load two copies of lit
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [
        ...(config.optimizeDeps?.include ?? []),
        'lit',
        'lit/directive.js',
        'lit/directive-helpers.js',
        'lit/directives/keyed.js',
        'lit/static-html.js',
        'd3-scale',
        'd3-shape',
      ],
    };
    // a quiet build: Storybook's own chunks are large by nature, and the list of them is noise
    config.logLevel = 'warn';
    config.build = {
      ...config.build,
      chunkSizeWarningLimit: 2048,
      rolldownOptions: { ...config.build?.rolldownOptions, checks: { ...config.build?.rolldownOptions?.checks, pluginTimings: false } },
    };
    return config;
  },
};

export default config;
