/**
 * `dist/embed.js`: the one script a publisher pastes. It fetches, from its own directory
 * (`embed/`), the file of each widget on the page, and of each added later (single-page apps,
 * infinite scroll); a widget's file loads its data and languages when the widget needs them.
 *
 * Every file is a classic script registering a module (Rollup's System format, under our own
 * name so a page's own SystemJS is left alone): it runs from another origin that sends no CORS
 * headers, under `script-src <that origin>` with no inline script, `eval` or `blob:`, and asks
 * nothing of any other origin. Loaded twice, the second copy does nothing.
 */

/** Each widget's tag, and what its file imports, directly or not (scripts/build-embed.mjs writes it in: one per folder of src/components/). */
declare const WIDGET_FILES: Record<string, string[]>;

type Namespace = Record<string, unknown>;
interface Declared {
  setters?: (((ns: Namespace) => void) | undefined)[];
  execute?: () => unknown;
}
type Declare = (
  exp: (name: string | Namespace, value?: unknown) => unknown,
  context: { import: (id: string) => Promise<Namespace>; meta: { url: string } },
) => Declared;

const GLOBAL = 'ottawaTreatyWidgets';
const script = document.currentScript as HTMLScriptElement | null;
const host = window as unknown as Record<string, unknown>;

if (!script?.src) {
  console.warn('ottawa-treaty-widgets: load dist/embed.js with <script src="…/embed.js">, not inline or as a module; no widget was loaded.');
} else if (!host[GLOBAL]) {
  const base = new URL('embed/', script.src).href;
  const registered = new Map<string, [string[], Declare]>();
  const modules = new Map<string, Promise<Namespace>>();

  host[GLOBAL] = {
    register(deps: string[], declare: Declare): void {
      registered.set((document.currentScript as HTMLScriptElement).src, [deps, declare]);
    },
  };

  const run = (url: string): Promise<void> =>
    new Promise((resolve, reject) => {
      const s = document.createElement('script');
      s.src = url;
      s.onload = () => resolve();
      s.onerror = () => reject(new Error(`${url} did not load`));
      document.head.append(s);
    });

  const load = (url: string): Promise<Namespace> => {
    let module = modules.get(url);
    if (!module) {
      module = run(url).then(async () => {
        const [deps, declare] = registered.get(url) ?? [];
        if (!declare) throw new Error(`${url} is not a widget file`);
        registered.delete(url);
        const ns: Namespace = Object.create(null);
        const { setters = [], execute } = declare(
          (name, value) => (typeof name === 'string' ? (ns[name] = value) : Object.assign(ns, name)),
          { import: (id) => load(new URL(id, url).href), meta: { url } },
        );
        (await Promise.all(deps!.map((id) => load(new URL(id, url).href)))).forEach((dep, i) => setters[i]?.(dep));
        await execute?.();
        return ns;
      });
      modules.set(url, module);
    }
    return module;
  };

  const wanted = new Set<string>();
  const scan = (root: ParentNode): void => {
    for (const [tag, files] of Object.entries(WIDGET_FILES)) {
      if (wanted.has(tag) || !((root as Element).localName === tag || root.querySelector(tag))) continue;
      wanted.add(tag);
      // Its file and every file it imports, asked for at once.
      for (const file of files) void load(`${base}${file}`).catch(() => undefined);
      load(`${base}${tag}.js`).catch((error: unknown) => console.error(`ottawa-treaty-widgets: <${tag}> could not load:`, error));
    }
  };
  scan(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    if (wanted.size === Object.keys(WIDGET_FILES).length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}
