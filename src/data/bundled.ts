/** The dataset shipped inside the package, from data/*.json (validated by the build and by `npm run check:data`). */
import checked from '../../data/checked.json' with { type: 'json' };
import sources from '../../data/sources.json' with { type: 'json' };
import treaties from '../../data/treaties.json' with { type: 'json' };
import participation from '../../data/participation.json' with { type: 'json' };
import casualties from '../../data/casualties.json' with { type: 'json' };
import spending from '../../data/spending.json' with { type: 'json' };
import type { Dataset } from './types.js';

export const bundledDataset = { schemaVersion: 1, checked, sources, treaties, participation, casualties, spending } as unknown as Dataset;
