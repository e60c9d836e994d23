// The widgets rendered by Eleventy's build: each page goes through ottawa-treaty-widgets/ssr,
// and the package's dist/ is copied beside the pages for the script that takes them over.
import { render } from 'ottawa-treaty-widgets/ssr';

export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ 'node_modules/ottawa-treaty-widgets/dist': 'ottawa-treaty-widgets' });
  eleventyConfig.addTransform('ottawa-treaty-widgets', async function (content) {
    if (!this.page.outputPath?.endsWith('.html')) return content;
    const { html, problems } = await render(content, { lang: 'en-GB' });
    for (const p of problems) console.warn(`${this.page.inputPath}: <${p.tag}>: ${p.message}`);
    return html;
  });
}
