/**
 * Storybook's preview: the manifest for the web-components renderer (component descriptions on
 * the docs pages), and the decorators, toolbar and parameters of ./annotations.ts.
 */
import { setCustomElementsManifest, type Preview } from '@storybook/web-components';
import annotations, { manifest } from './annotations.js';

setCustomElementsManifest(manifest);

// an object literal, so that Storybook's static reading of this file finds one
const preview: Preview = { ...annotations };
export default preview;
