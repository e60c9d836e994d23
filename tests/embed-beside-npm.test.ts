// The npm build first, then dist/embed.js on the same page (an app plus a CMS embed): nothing throws.
import { expect, fixture, html } from '@open-wc/testing';
import { OtTreatyBadge } from '../src/index.js';

describe('dist/embed.js beside the npm build', () => {
  it('keeps the npm definitions and throws nothing', async () => {
    const errors: string[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    window.addEventListener('error', onError);
    await new Promise<void>((resolve, reject) => {
      const script = Object.assign(document.createElement('script'), { src: '/dist/embed.js', onload: () => resolve(), onerror: reject });
      document.head.append(script);
    });
    window.removeEventListener('error', onError);
    expect(errors).to.deep.equal([]);
    expect(customElements.get('ot-treaty-badge')).to.equal(OtTreatyBadge);
    const el = await fixture<OtTreatyBadge>(html`<ot-treaty-badge country="FI" as-of="2026-01-10"></ot-treaty-badge>`);
    expect(el.status).to.equal('withdrawn');
  });
});
