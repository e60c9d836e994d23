// Issue 10, point 6: with scripts disabled, the light-DOM fallback content is what the reader sees.
// tests/fixtures/hostile-article.html in an iframe sandboxed without allow-scripts (same origin,
// so the test can read it): the tags never upgrade, and their text shows in the page.
import { expect } from '@open-wc/testing';

const TAGS = ['ot-treaty-badge', 'ot-casualty-counter', 'ot-pledge-bar', 'ot-withdrawal-timeline'];
const FALLBACK: Record<string, string> = {
  'ot-treaty-badge': '(withdrawal takes effect on 20 February 2026)',
  'ot-casualty-counter': 'Landmine Monitor counts the people killed or injured by mines each year.',
  'ot-pledge-bar': 'NATO publishes each ally’s defence spending as a share of GDP.',
  'ot-withdrawal-timeline': 'Estonia, Latvia and Lithuania left the treaty on 27 December 2025.',
};

describe('hostile page: no JavaScript', () => {
  let iframe: HTMLIFrameElement;
  let doc: Document;

  before(async () => {
    iframe = Object.assign(document.createElement('iframe'), { src: '/tests/fixtures/hostile-article.html', title: 'article without scripts' });
    iframe.setAttribute('sandbox', 'allow-same-origin'); // no allow-scripts: scripts are disabled
    iframe.style.cssText = 'width: 800px; height: 1200px; border: 0';
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    await loaded;
    doc = iframe.contentDocument!;
  });
  after(() => iframe.remove());

  it('no script ran: the tags are not upgraded', () => {
    const win = iframe.contentWindow as Window & { __otTouched?: unknown };
    expect(win.__otTouched, 'the inline script did not run').to.equal(undefined);
    for (const tag of TAGS) {
      expect(win.customElements.get(tag), tag).to.equal(undefined);
      expect(doc.querySelector(tag)!.shadowRoot, tag).to.equal(null);
      expect(doc.querySelector(tag)!.matches(':defined'), tag).to.equal(false);
    }
  });

  it('the reader sees the light-DOM fallback of every widget, in the flow of the article', () => {
    const visible = doc.body.innerText;
    expect(visible).to.contain(`Poland ${FALLBACK['ot-treaty-badge']} has left…`);
    for (const tag of TAGS) {
      const el = doc.querySelector<HTMLElement>(tag)!;
      expect(el.innerText.trim(), tag).to.equal(FALLBACK[tag]);
      expect(visible, tag).to.contain(FALLBACK[tag]);
      const box = el.getBoundingClientRect();
      expect(box.width > 0 && box.height > 0, `${tag} takes up room`).to.equal(true);
      expect(iframe.contentWindow!.getComputedStyle(el).visibility, tag).to.equal('visible');
    }
  });
});
