// Issue 10, point 3: a page served with `Content-Security-Policy: default-src 'self';
// script-src 'self'; style-src 'self'` renders all four widgets (styled, in every state) with
// zero `securitypolicyviolation` events. The page is tests/fixtures/hostile-csp.html in an iframe.
import { expect, waitUntil } from '@open-wc/testing';

type Widget = HTMLElement & { updateComplete: Promise<boolean>; status?: string | null; value?: number | null };
type Probe = Window & { __otViolations: string[]; __otErrors: string[] };

const TAGS = ['ot-treaty-badge', 'ot-casualty-counter', 'ot-pledge-bar', 'ot-withdrawal-timeline'];

describe('hostile page: a strict Content Security Policy', () => {
  let iframe: HTMLIFrameElement;
  let win: Probe;
  let doc: Document;
  let widgets: Widget[];

  before(async () => {
    iframe = Object.assign(document.createElement('iframe'), { src: '/tests/fixtures/hostile-csp.html', title: 'strict CSP page' });
    iframe.style.cssText = 'width: 1000px; height: 600px; border: 0';
    const loaded = new Promise((r) => iframe.addEventListener('load', r, { once: true }));
    document.body.append(iframe);
    await loaded;
    win = iframe.contentWindow as Probe;
    doc = iframe.contentDocument!;
    widgets = [...doc.querySelectorAll<Widget>(TAGS.join(','))];
    await waitUntil(() => TAGS.every((t) => win.customElements.get(t)), 'dist/embed.js did not run');
    await waitUntil(() => widgets.every((el) => el.shadowRoot && !el.matches(':state(loading)')), 'the widgets did not render', { timeout: 5000 });
    await Promise.all(widgets.map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 100)); // violations are reported asynchronously
  });
  after(() => iframe.remove());

  it('the page really is served with the policy', async () => {
    const response = await fetch('/tests/fixtures/hostile-csp.html');
    expect(response.headers.get('content-security-policy')).to.equal("default-src 'self'; script-src 'self'; style-src 'self'");
  });

  it('renders all four widgets with zero securitypolicyviolation events and no errors', () => {
    expect(win.__otViolations).to.deep.equal([]);
    expect(win.__otErrors).to.deep.equal([]);
    const [badge, counter, bar, timeline, bad, fromSrc, failed] = widgets as [Widget, Widget, Widget, Widget, Widget, Widget, Widget];
    expect(badge.status).to.equal('withdrawal-pending');
    expect(counter.value).to.be.a('number');
    expect(bar.shadowRoot!.querySelectorAll('[part~=row]').length).to.equal(3);
    expect(timeline.shadowRoot!.querySelectorAll('[part~=event]').length).to.be.greaterThan(10);
    expect(bad.matches(':state(error)')).to.equal(true);
    expect(fromSrc.status, 'src fetched from the same origin').to.be.a('string');
    expect(fromSrc.matches(':state(fallback)')).to.equal(false);
    expect(failed.matches(':state(fallback)')).to.equal(true);
    for (const el of widgets) expect(el.shadowRoot!.textContent!.trim().length, el.localName).to.be.greaterThan(5);
    expect(doc.getElementById('before')!.textContent).to.equal('Text before the widgets.');
    expect(doc.getElementById('after')!.textContent).to.equal('Text after the widgets.');
  });

  it('the widgets are styled: stylesheets and CSSOM positions are not blocked', () => {
    const [badge, , bar, timeline] = widgets as [Widget, Widget, Widget, Widget];
    const css = (el: Element) => win.getComputedStyle(el);
    const footer = badge.shadowRoot!.querySelector('[part=footer]')!;
    expect(parseFloat(css(footer).fontSize)).to.be.lessThan(parseFloat(css(badge).fontSize));
    expect(css(badge.shadowRoot!.querySelector('[part=badge]')!).borderTopStyle).to.equal('solid');
    const hidden = bar.shadowRoot!.querySelector('table')!.parentElement!;
    expect(css(hidden).position, 'the visually hidden table\'s box').to.equal('absolute');
    // the timeline places its markers through custom properties set with the CSSOM
    const marker = timeline.shadowRoot!.querySelector<HTMLElement>('[part~=marker]');
    expect(marker, 'the wide layout with an axis').to.not.equal(null);
    expect(marker!.style.getPropertyValue('--x')).to.match(/%$/);
    expect(css(marker!).getPropertyValue('--x').trim()).to.match(/%$/);
  });

  it('styles come as adopted stylesheets, never a <style> element the policy would block', () => {
    for (const el of widgets) {
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('style').length, `${el.localName}: <style>`).to.equal(0);
      expect(root.adoptedStyleSheets.length, `${el.localName}: adopted stylesheets`).to.be.greaterThan(0);
    }
    // the timeline's positions are set through the CSSOM, which the policy lets through
    expect(win.__otViolations).to.deep.equal([]);
  });

  it('the probe does see a violation when there is one (the policy is enforced)', async () => {
    doc.body.insertAdjacentHTML('beforeend', '<p style="color: red">inline style</p>');
    await waitUntil(() => win.__otViolations.length > 0, 'no violation reported');
    expect(win.__otViolations[0]).to.match(/^style-src/);
  });
});
