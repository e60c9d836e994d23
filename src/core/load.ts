/** Loading a publisher's `src` dataset: one request per URL however many widgets use it, always validated. */
import { validateDataset, formatPath } from '../data/validate.js';
import type { Dataset } from '../data/types.js';

export type Loaded = { ok: true; dataset: Dataset } | { ok: false; message: string };

/** How long a `src` may take before the widget gives up on it and uses the bundled data. */
export const LOAD_TIMEOUT_MS = 10_000;

const loads = new Map<string, Promise<Loaded>>();

async function fetchDataset(url: string): Promise<Loaded> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(LOAD_TIMEOUT_MS), credentials: 'same-origin' });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return { ok: false, message: timedOut ? `no answer from ${url} within ${LOAD_TIMEOUT_MS / 1000} s` : `${url} could not be fetched` };
  }
  if (!response.ok) return { ok: false, message: `${url} answered HTTP ${response.status}` };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return { ok: false, message: `${url} is not valid JSON` };
  }
  const result = validateDataset(json);
  if (result.ok) return result;
  const [first] = result.problems;
  const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more problems)` : '';
  return { ok: false, message: `${url} does not match the dataset schema: ${formatPath(first!.path)}: ${first!.message}${more}` };
}

export function loadDataset(src: string): Promise<Loaded> {
  const url = new URL(src, document.baseURI).href;
  let load = loads.get(url);
  if (!load) {
    load = fetchDataset(url);
    loads.set(url, load);
    // A failure may be passing (a network blip): let the next widget try again.
    void load.then((r) => r.ok || loads.delete(url));
  }
  return load;
}
