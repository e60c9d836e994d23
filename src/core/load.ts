/** Loading a publisher's `src` dataset: one request per URL however many widgets use it, always validated. */
import type { Dataset } from '../data/types.js';

export type Loaded = { ok: true; dataset: Dataset } | { ok: false; message: string };

/** How long a `src` may take before the widget gives up on it and uses the bundled data. */
export const LOAD_TIMEOUT_MS = 10_000;

const loads = new Map<string, Promise<Loaded>>();

async function fetchDataset(url: string): Promise<Loaded> {
  // The timeout covers the whole answer, body included: a server may send headers, then stall.
  // Engines reject with different errors (TimeoutError, AbortError, TypeError): ask the signal.
  const signal = AbortSignal.timeout(LOAD_TIMEOUT_MS);
  const timedOut = (): Loaded | undefined =>
    signal.aborted ? { ok: false, message: `no answer from ${url} within ${LOAD_TIMEOUT_MS / 1000} s` } : undefined;
  let response: Response;
  try {
    response = await fetch(url, { signal, credentials: 'same-origin' });
  } catch {
    return timedOut() ?? { ok: false, message: `${url} could not be fetched` };
  }
  if (!response.ok) return { ok: false, message: `${url} answered HTTP ${response.status}` };
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    return timedOut() ?? { ok: false, message: `${url} is not valid JSON` };
  }
  // The validator is fetched with the first `src`: a page without one never downloads it.
  let validator: typeof import('../data/validate.js');
  try {
    validator = await import('../data/validate.js');
  } catch {
    return { ok: false, message: `the dataset checker could not be loaded to check ${url}` };
  }
  const { validateDataset, formatPath } = validator;
  let result: ReturnType<typeof validateDataset>;
  try {
    result = validateDataset(json);
  } catch (error) {
    // Never a rejected load: e.g. an extra field nested deeper than the call stack.
    return { ok: false, message: `${url} could not be checked (${String(error)})` };
  }
  if (result.ok) return result;
  const [first] = result.problems;
  const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more problems)` : '';
  return { ok: false, message: `${url} does not match the dataset schema: ${formatPath(first!.path)}: ${first!.message}${more}` };
}

export function loadDataset(src: string): Promise<Loaded> {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    return Promise.resolve({ ok: false, message: `“${src}” is not a valid URL` });
  }
  let load = loads.get(url);
  if (!load) {
    load = fetchDataset(url);
    loads.set(url, load);
    // A failure may be passing (a network blip): let the next widget try again.
    void load.then((r) => r.ok || loads.delete(url));
  }
  return load;
}
