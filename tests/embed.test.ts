// dist/embed.js as a publisher uses it: a classic script, loaded once, twice, or beside the npm build.
import { expect, fixture, html } from '@open-wc/testing';

const TAGS = ['ot-treaty-badge', 'ot-casualty-counter', 'ot-pledge-bar', 'ot-withdrawal-timeline'];

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src });
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`${src} failed to load`));
    document.head.append(script);
  });
}

describe('dist/embed.js', () => {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it('upgrades a tag that was on the page before it loaded, keeping a property set before', async () => {
    const el = await fixture<HTMLElement & { status?: string; asOf?: string }>(html`<ot-treaty-badge country="PL">Poland: fallback text</ot-treaty-badge>`);
    el.asOf = '2025-11-28'; // set on the plain element, before the definition exists
    expect(el.textContent).to.equal('Poland: fallback text');
    await loadScript('/dist/embed.js');
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.status).to.equal('withdrawal-pending');
    expect(el.shadowRoot!.textContent).to.contain('in 84 days');
  });

  it('defines every tag, and a second copy throws nothing', async () => {
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
    const before = TAGS.map((t) => customElements.get(t));
    await loadScript('/dist/embed.js?again');
    expect(TAGS.map((t) => customElements.get(t))).to.deep.equal(before);
    expect(errors).to.deep.equal([]);
    const el = await fixture<HTMLElement & { status: string }>(html`<ot-treaty-badge country="EE" as-of="2026-01-01"></ot-treaty-badge>`);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.status).to.equal('withdrawn');
  });
});
