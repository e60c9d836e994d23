/** The dataset shipped inside the package, from data/*.json (validated by the build and by `npm run check:data`). */
import sources from '../../data/sources.json';
import treaties from '../../data/treaties.json';
import participation from '../../data/participation.json';
import casualties from '../../data/casualties.json';
import spending from '../../data/spending.json';
import type { Dataset } from './types.js';

export const bundledDataset = { schemaVersion: 1, sources, treaties, participation, casualties, spending } as unknown as Dataset;
