import { expect } from '@open-wc/testing';
import { checkDataFiles, DATA_FILES } from '../src/data/files.js';

const texts: Record<string, string> = {};
before(async () => {
  for (const file of Object.values(DATA_FILES)) texts[file] = await (await fetch(`/data/${file}`)).text();
});

/** A copy of the data files with one of them changed. */
function broken(file: string, change: (json: any) => void): Record<string, string> {
  const json = JSON.parse(texts[file]!);
  change(json);
  return { ...texts, [file]: JSON.stringify(json, null, 2) };
}

const problemsOf = (files: Record<string, string | undefined>) => checkDataFiles(files).problems;

describe('the data check', () => {
  it('passes on the real data', () => {
    const { problems, dataset } = checkDataFiles(texts);
    expect(problems).to.deep.equal([]);
    expect(Object.keys(dataset!.participation.ottawa)).to.have.length(197);
  });

  // Each broken copy: the file and place named, in words an editor understands.
  const cases: [string, () => Record<string, string | undefined>, RegExp][] = [
    ['a figure with no source',
      () => broken('casualties.json', (j) => { j.figures[0].sources = []; }),
      /^data\/casualties\.json › figures\[0\] › sources: names no source/],
    ['a missing sources field',
      () => broken('spending.json', (j) => { delete j.pledges[0].sources; }),
      /^data\/spending\.json › pledges\[0\] › sources: names no source/],
    ['a source id that does not exist',
      () => broken('participation.json', (j) => { j.ottawa.PL.withdrawal[0].sources = ['no-such-source']; }),
      /^data\/participation\.json › ottawa › PL › withdrawal\[0\] › sources\[0\]: names the source "no-such-source", which is not in sources\.json/],
    ['a date that is not a date',
      () => broken('participation.json', (j) => { j.ottawa.FI.withdrawal[0].date = '2025-02-30'; }),
      /^data\/participation\.json › ottawa › FI › withdrawal\[0\] › date: should be a date written YYYY-MM-DD, but is "2025-02-30"/],
    ['a date in another format',
      () => broken('treaties.json', (j) => { j.ottawa.entryIntoForce = '1 March 1999'; }),
      /^data\/treaties\.json › ottawa › entryIntoForce: should be a date written YYYY-MM-DD/],
    ['killed and injured above the total',
      () => broken('casualties.json', (j) => { const f = j.figures.find((x: any) => x.killed); f.total = 10; }),
      /^data\/casualties\.json › figures\[\d+\] › total: is 10, but killed, injured and unknown add up to \d+/],
    ['a date of effect against the six-month rule, with no note',
      () => broken('participation.json', (j) => { const e = j.ottawa.FI.withdrawal.find((x: any) => x.kind === 'effect'); e.date = '2026-01-11'; delete e.note; }),
      /^data\/participation\.json › ottawa › FI › withdrawal\[\d+\] › date: is 2026-01-11, but six months after the deposit on 2025-07-10 is 2026-01-10/],
    ['an entry into force against Art. 17, with no note',
      () => broken('participation.json', (j) => { j.ottawa.PL.entryIntoForce.date = '2013-05-01'; }),
      /^data\/participation\.json › ottawa › PL › entryIntoForce › date: is 2013-05-01, but the treaty's rule gives 2013-06-01/],
    ['events out of date order',
      () => broken('participation.json', (j) => { j.ottawa.PL.withdrawal.reverse(); }),
      /^data\/participation\.json › ottawa › PL › withdrawal\[1\] › date: .* keep the events in date order/],
    ['a country code in lower case',
      () => broken('participation.json', (j) => { j.ottawa.pl = j.ottawa.PL; delete j.ottawa.PL; }),
      /^data\/participation\.json › ottawa › pl: is not a two-letter country code in capitals/],
    ['an edition that does not exist',
      () => broken('casualties.json', (j) => { j.figures[0].edition = 'LM1990'; }),
      /^data\/casualties\.json › figures\[0\] › edition: names the edition "LM1990"/],
    ['a percentage over 100',
      () => broken('spending.json', (j) => { j.estimates[0].percentOfGdp = 188; }),
      /^data\/spending\.json › estimates\[0\] › percentOfGdp: should be a percentage from 0 to 100, but is 188/],
    ['a number written as text',
      () => broken('casualties.json', (j) => { j.figures[0].total = '7,987'; }),
      /^data\/casualties\.json › figures\[0\] › total: should be a whole number of people, 0 or more, but is "7,987"/],
    ['a link that is not a web address',
      () => broken('sources.json', (j) => { Object.values<any>(j)[0].url = 'www.example.org'; }),
      /^data\/sources\.json › [\w.-]+ › url: should be a web address starting with http/],
    ['a required field missing',
      () => broken('treaties.json', (j) => { delete j.ccm.depositary; }),
      /^data\/treaties\.json › ccm › depositary: is missing/],
    ['a JSON syntax error',
      () => ({ ...texts, 'spending.json': texts['spending.json']!.replace(/,\s*"pledges"/, ' "pledges"') }),
      // V8 and SpiderMonkey say where; JavaScriptCore does not (the CLI runs on V8: tests/node).
      /^data\/spending\.json: is not valid JSON(: the error is at line \d+, column \d+|\b)/],
    ['an empty file', () => ({ ...texts, 'sources.json': '' }), /^data\/sources\.json: is empty/],
    ['a missing file', () => ({ ...texts, 'treaties.json': undefined }), /^data\/treaties\.json: is missing/],
  ];
  for (const [name, make, expected] of cases) {
    it(`fails, located, on ${name}`, () => {
      const problems = problemsOf(make());
      expect(problems.length, problems.join('\n')).to.be.greaterThan(0);
      expect(problems.some((p) => expected.test(p)), `expected ${expected} in:\n${problems.join('\n')}`).to.equal(true);
    });
  }

  it('accepts a date of effect that disagrees with the rule when a note says why', () => {
    const files = broken('participation.json', (j) => {
      const effect = j.ottawa.FI.withdrawal.find((e: any) => e.kind === 'effect');
      effect.date = '2026-01-11';
      effect.note = 'The ministry gives the 11th.';
    });
    expect(problemsOf(files)).to.deep.equal([]);
  });
});
