import { expect } from '@open-wc/testing';
import { checkDataFiles, checkDatasetText, DATA_FILES } from '../src/data/files.js';
import { validateDataset } from '../src/data/validate.js';
import { validateStrict } from '../src/data/strict.js';

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

/** The data files merged into one dataset, as dist/dataset.json has them. */
function merged(): any {
  const dataset: Record<string, unknown> = { schemaVersion: 1 };
  for (const [key, file] of Object.entries(DATA_FILES)) dataset[key] = JSON.parse(texts[file]!);
  return dataset;
}

const problemsOf = (files: Record<string, string | undefined>) => checkDataFiles(files).problems;
const figureOf = (j: any, year: number) => j.figures.find((f: any) => f.year === year);
const eventOf = (j: any, code: string, kind: string) => j.ottawa[code].withdrawal.find((e: any) => e.kind === kind);

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
    ['a date that is not a date',
      () => broken('participation.json', (j) => { j.ottawa.FI.withdrawal[0].date = '2025-02-30'; }),
      /^data\/participation\.json › ottawa › FI › withdrawal\[0\] › date: should be a date written YYYY-MM-DD, but is "2025-02-30"/],
    ['a date in another format',
      () => broken('treaties.json', (j) => { j.ottawa.entryIntoForce = '1 March 1999'; }),
      /^data\/treaties\.json › ottawa › entryIntoForce: should be a date written YYYY-MM-DD/],
    ['events out of date order',
      () => broken('participation.json', (j) => { j.ottawa.PL.withdrawal.reverse(); }),
      /^data\/participation\.json › ottawa › PL › withdrawal\[1\] › date: .* keep the events in date order/],
    ['a country code in lower case',
      () => broken('participation.json', (j) => { j.ottawa.pl = j.ottawa.PL; delete j.ottawa.PL; }),
      /^data\/participation\.json › ottawa › pl: is not a two-letter country code in capitals/],
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
});

/**
 * Typical editing mistakes, each planted in a copy of the real data. Every one must be caught, and
 * its message must name the file, the place in it and the fix: `data/<file> › <place>: <what is
 * wrong>: <what to do>`.
 */
describe('the data check: planted typos', () => {
  const typos: [string, () => Record<string, string | undefined>, RegExp][] = [
    ['a casualty total typed ten times too big',
      () => broken('casualties.json', (j) => { figureOf(j, 2023).total = 57570; }),
      /^data\/casualties\.json › figures\[\d+\] › total: is 57570, more than twice .*: probably a digit too many — check it against the edition$/],
    ['a casualty total with a digit missing',
      () => broken('casualties.json', (j) => { figureOf(j, 2023).total = 575; }),
      /^data\/casualties\.json › figures\[\d+\] › total: is 575, less than half .*: probably a digit too few — check it against the edition$/],
    ['a total typed too big next to its own killed and injured',
      () => broken('casualties.json', (j) => { figureOf(j, 2024).total = 62790; }),
      /^data\/casualties\.json › figures\[\d+\] › total: is 62790, but killed, injured and unknown add up to only 6270: .*digit too many or too few — check them against the edition$/],
    ['the number killed typed ten times too big',
      () => broken('casualties.json', (j) => { figureOf(j, 2022).killed = 16610; }),
      /^data\/casualties\.json › figures\[\d+\] › total: is 4710, but killed, injured and unknown add up to 19625: .* — correct the total or one of the parts$/],
    ['an edition released in 2052',
      () => broken('casualties.json', (j) => { j.editions.LM2025.released = '2052-12-01'; }),
      /^data\/casualties\.json › editions › LM2025 › released: is after 2026-11-29, the day the data was checked \(checked\.json\): .* — correct the date .*or check the facts again and move checked\.json forward$/],
    ['an edition released after the day the data was checked',
      () => broken('casualties.json', (j) => { j.editions.LM2025.released = '2026-12-01'; }),
      /^data\/casualties\.json › editions › LM2025 › released: is after 2026-11-29, .* — correct the date/],
    ['a NATO release in the future',
      () => broken('spending.json', (j) => { j.releases.NATO2025.released = '2027-08-28'; }),
      /^data\/spending\.json › releases › NATO2025 › released: is after 2026-11-29, .* — correct the date/],
    ['a figure for the year its edition came out',
      () => broken('casualties.json', (j) => { figureOf(j, 2024).year = 2025; }),
      /^data\/casualties\.json › figures\[\d+\] › year: is 2025, but LM2025 was released in 2025: an edition reports the years before its release — correct the year or the edition$/],
    ['a wrong date of effect (Art. 20)',
      () => broken('participation.json', (j) => { eventOf(j, 'FI', 'effect').date = '2026-01-11'; }),
      /^data\/participation\.json › ottawa › FI › withdrawal\[\d+\] › date: is 2026-01-11, but six months after the deposit on 2025-07-10 \(Art\. 20\) is 2026-01-10: correct it, or add a sourced "ruleException"$/],
    ['a wrong date of effect excused only by a note',
      () => broken('participation.json', (j) => { Object.assign(eventOf(j, 'PL', 'effect'), { date: '2026-02-21', note: 'The ministry gives the 21st.' }); }),
      /^data\/participation\.json › ottawa › PL › withdrawal\[\d+\] › date: is 2026-02-21, but six months after the deposit on 2025-08-20 \(Art\. 20\) is 2026-02-20: correct it, or add a sourced "ruleException"/],
    ['a wrong entry into force (Art. 17)',
      () => broken('participation.json', (j) => { j.ottawa.PL.entryIntoForce.date = '2013-05-01'; }),
      /^data\/participation\.json › ottawa › PL › entryIntoForce › date: is 2013-05-01, but Art\. 17 gives 2013-06-01 for the deposit on 2012-12-27: correct it, or add a sourced "ruleException"/],
    ['day and month swapped (a valid date out of order)',
      () => broken('participation.json', (j) => { eventOf(j, 'PL', 'denunciation').date = '2025-05-08'; }),
      /^data\/participation\.json › ottawa › PL › withdrawal\[\d+\] › date: is 2025-05-08, before the event above it \(2025-07-16\): keep the events in date order, or correct the date \(a swapped day and month\?\)$/],
    ['day and month swapped (no such month)',
      () => broken('participation.json', (j) => { eventOf(j, 'EE', 'deposit').date = '2025-27-06'; }),
      /^data\/participation\.json › ottawa › EE › withdrawal\[\d+\] › date: should be a date written YYYY-MM-DD, but is "2025-27-06" — correct it$/],
    ['a reversed range of percentages',
      () => broken('spending.json', (j) => { Object.assign(j.pledges[0], { min: 6, max: 5 }); }),
      /^data\/spending\.json › pledges\[0\] › max: is 5, below the pledge's lower end 6: swap min and max, or correct one of them$/],
    ['a reversed range of years',
      () => broken('spending.json', (j) => { Object.assign(j.pledges[0], { fromYear: 2030, toYear: 2026 }); }),
      /^data\/spending\.json › pledges\[0\] › toYear: is 2026, before fromYear 2030: swap the years, or correct one of them$/],
    ['an unknown (misspelt) source',
      () => broken('participation.json', (j) => { eventOf(j, 'FI', 'effect').sources[0] = 'icbl-finland-withdrawl-2026'; }),
      /^data\/participation\.json › ottawa › FI › withdrawal\[\d+\] › sources\[0\]: names the source "icbl-finland-withdrawl-2026", which is not in sources\.json: add it to sources\.json, or correct the id$/],
    ['a percentage over 100',
      () => broken('spending.json', (j) => { j.estimates[0].percentOfGdp = 210; }),
      /^data\/spending\.json › estimates\[0\] › percentOfGdp: should be a percentage from 0 to 100, but is 210 — correct it$/],
    ['a share of GDP with its decimal point slipped',
      () => broken('spending.json', (j) => { j.estimates[4].percentOfGdp = 44.8; }),
      /^data\/spending\.json › estimates\[4\] › percentOfGdp: is 44\.8 % of GDP, more than 15 %: probably a misplaced decimal point .* — check it against the release$/],
    ['a NATO figure with a third decimal',
      () => broken('spending.json', (j) => { j.estimates[4].percentOfGdp = 4.481; }),
      /^data\/spending\.json › estimates\[4\] › percentOfGdp: is 4\.481, with more than two decimals: store NATO's figure as published, to two decimals$/],
    ['a date of effect before the deposit',
      () => broken('participation.json', (j) => { eventOf(j, 'LT', 'effect').date = '2024-12-27'; }),
      /^data\/participation\.json › ottawa › LT › withdrawal\[\d+\] › date: is 2024-12-27, not after the deposit on 2025-06-27: correct one of the dates$/],
    ['a signature after the ratification',
      () => broken('participation.json', (j) => { j.ottawa.PL.signature.date = '2013-12-04'; }),
      /^data\/participation\.json › ottawa › PL › signature › date: is 2013-12-04, after the ratification deposited on 2012-12-27: a state signs before it ratifies — correct one of the dates/],
    ['a signature before the treaty opened for signature',
      () => broken('participation.json', (j) => { j.ottawa.LT.signature.date = '1996-02-26'; }),
      /^data\/participation\.json › ottawa › LT › signature › date: is 1996-02-26, before the Ottawa Convention opened for signature on 1997-12-03: correct the year/],
    ['a step entered twice',
      () => broken('participation.json', (j) => { const w = j.ottawa.FI.withdrawal; w.splice(4, 0, { ...w[4] }); }),
      /^data\/participation\.json › ottawa › FI › withdrawal\[5\]: repeats the "deposit" step of withdrawal\[4\]: remove the repeat/],
    ['a step dated after the day the data was checked',
      () => broken('participation.json', (j) => { eventOf(j, 'EE', 'parliament-vote').date = '2052-06-04'; }),
      /^data\/participation\.json › ottawa › EE › withdrawal\[\d+\] › date: is after 2026-11-29, the day the data was checked/],
    ['a NATO estimate for a year its release came before',
      () => broken('spending.json', (j) => { j.estimates[4].year = 2026; }),
      /^data\/spending\.json › estimates\[4\] › year: is 2026, but NATO2025 was released in 2025: NATO cannot publish a figure for a year that has not begun — correct the year or the release$/],
    ['a figure for the release\'s own year not marked as an estimate',
      () => broken('spending.json', (j) => { j.estimates[4].estimate = false; }),
      /^data\/spending\.json › estimates\[4\] › estimate: is false, but a figure for the release's own year \(2025\) can only be an estimate: set "estimate": true/],
    ['a pledge "by" a year before it was announced',
      () => broken('spending.json', (j) => { j.pledges.find((p: any) => p.country === 'FI').fromYear = 2019; }),
      /^data\/spending\.json › pledges\[\d+\] › fromYear: is 2019, before the pledge was announced \(2025-04-01\): .* — correct the year, or the day it was announced$/],
    ['a core share larger than the guideline',
      () => broken('spending.json', (j) => { j.guidelines[1].corePercent = 35; }),
      /^data\/spending\.json › guidelines\[1\] › corePercent: is 35, more than the guideline's total of 5: swap them, or correct one of them$/],
    ['a fact sourced only to state media of a party to the war',
      () => broken('participation.json', (j) => { eventOf(j, 'PL', 'parliament-vote').sources = ['tass-poland-sejm-vote-2025']; }),
      /^data\/participation\.json › ottawa › PL › withdrawal\[\d+\] › sources: names only state media of a party to the war \(tass-poland-sejm-vote-2025\): add a source that is not, or mark the fact "confidence": "U"$/],
    ['a fact sourced only to a newsletter or blog',
      () => broken('sources.json', (j) => { j['brusselstimes-tusk-2025'].url = 'https://someone.substack.com/p/tusk'; }),
      /^data\/participation\.json › ottawa › PL › withdrawal\[0\] › sources: names only blogs, newsletters or content farms \(brusselstimes-tusk-2025\): cite the report they copy or another source, as data\/README\.md says$/],
    ['sources out of the policy\'s order',
      () => broken('participation.json', (j) => { eventOf(j, 'PL', 'parliament-vote').sources.reverse(); }),
      /^data\/participation\.json › ottawa › PL › withdrawal\[\d+\] › sources\[\d\]: lists "[\w-]+" \(\w+\) after "tass-poland-sejm-vote-2025" \(party-state-media\): list primary sources first/],
    ['a source cited by a bare IP address',
      () => broken('sources.json', (j) => { j['err-estonia-defence-2024'].url = 'http://46.235.172.94/Archive/GN46054T_words_EN.txt'; }),
      /^data\/sources\.json › err-estonia-defence-2024 › url: is a bare IP address: cite the publisher's own address, with its domain name$/],
    ['a publisher with an editor\'s remark in it',
      () => broken('sources.json', (j) => { j['brusselstimes-tusk-2025'].publisher = 'The Brussels Times (aggregator)'; }),
      /^data\/sources\.json › brusselstimes-tusk-2025 › publisher: is "The Brussels Times \(aggregator\)": a publisher is the name a reader sees in the footer; put remarks such as "\(aggregator\)" in the title$/],
    ['a source no fact cites',
      () => broken('sources.json', (j) => { j['nobody-cites-this'] = { publisher: 'X', kind: 'press', title: 'Y', url: 'https://example.org/y' }; }),
      /^data\/sources\.json › nobody-cites-this: is not cited by any fact: cite it where it gives a fact, or remove it from sources\.json$/],
    ['a conflict that repeats the fact\'s own value',
      () => broken('participation.json', (j) => { j.ottawa.TO.deposit.conflicts[0].value = '2025-06-25'; }),
      /^data\/participation\.json › ottawa › TO › deposit › conflicts\[0\] › value: is the same as the fact's own value \(2025-06-25\): .* — remove it, or correct it$/],
    ['a rule exception on a date that follows the rule',
      () => broken('participation.json', (j) => { eventOf(j, 'FI', 'effect').ruleException = { note: 'x', sources: ['icbl-finland-withdrawal-2026'] }; }),
      /^data\/participation\.json › ottawa › FI › withdrawal\[\d+\] › ruleException: excuses 2026-01-10 from Art\. 20, but that is the date the rule gives: remove the ruleException$/],
    ['more children than casualties',
      () => broken('casualties.json', (j) => { figureOf(j, 2022).children = 11710; }),
      /^data\/casualties\.json › figures\[\d+\] › children: is 11710, more than the total of 4710: correct it$/],
  ];

  it(`plants at least 20 typical mistakes (${typos.length})`, () => {
    expect(typos.length).to.be.at.least(20);
  });

  for (const [name, make, expected] of typos) {
    it(`catches ${name}, naming the file, the place and the fix`, () => {
      const problems = problemsOf(make());
      expect(problems.some((p) => expected.test(p)), `expected ${expected} in:\n${problems.join('\n') || '(no problem found)'}`).to.equal(true);
      // Every message: "data/<file> › <place>: <what is wrong>" and a fix after a further colon or dash.
      for (const p of problems) expect(p, p).to.match(/^data\/\w+\.json( › [^:]+)?: .+(: | — ).+/);
    });
  }

  it('accepts a date that departs from Art. 20 when a sourced "ruleException" says why', () => {
    const files = broken('participation.json', (j) => {
      Object.assign(eventOf(j, 'FI', 'effect'), {
        date: '2026-01-11',
        ruleException: { note: 'The ministry gives the 11th.', sources: ['icbl-finland-withdrawal-2026'] },
      });
    });
    expect(problemsOf(files)).to.deep.equal([]);
  });

  it('a rule exception needs its sources', () => {
    const files = broken('participation.json', (j) => {
      Object.assign(eventOf(j, 'FI', 'effect'), { date: '2026-01-11', ruleException: { note: 'The ministry gives the 11th.' } });
    });
    expect(problemsOf(files)).to.include('data/participation.json › ottawa › FI › withdrawal[5] › ruleException › sources: names no source: add at least one id from sources.json');
  });
});

describe('the data check on one merged file (a publisher\'s copy)', () => {
  it('passes on the real data merged as dist/dataset.json has it', () => {
    const { problems, dataset } = checkDatasetText(JSON.stringify(merged()), 'dataset.json');
    expect(problems).to.deep.equal([]);
    expect(dataset!.checked).to.equal('2026-11-29');
  });

  it('names the file and the full place in it', () => {
    const data = merged();
    data.spending.releases.NATO2025.released = '2052-08-28';
    const { problems } = checkDatasetText(JSON.stringify(data), 'my-copy.json');
    expect(problems).to.have.length(1);
    expect(problems[0]).to.match(/^my-copy\.json › spending › releases › NATO2025 › released: is after 2026-11-29, .* — correct the date/);
  });

  it('says where JSON is broken and when the file is empty', () => {
    expect(checkDatasetText('{"schemaVersion": 1,,}', 'x.json').problems[0]).to.match(/^x\.json: is not valid JSON/);
    expect(checkDatasetText(' ', 'x.json').problems).to.deep.equal(['x.json: is empty']);
  });

  it('a widget loading a publisher\'s src keeps the source policy but leaves plausibility to the publisher', () => {
    const data = merged();
    data.casualties.figures.find((f: any) => f.year === 2023).total = 57570; // their figure, their call
    expect(validateDataset(data).ok).to.equal(true);
    expect(validateStrict(data).ok).to.equal(false);
    const tassOnly = merged();
    tassOnly.participation.ottawa.PL.withdrawal.find((e: any) => e.kind === 'parliament-vote').sources = ['tass-poland-sejm-vote-2025'];
    const result = validateDataset(tassOnly);
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.problems[0]!.message).to.match(/names only state media of a party to the war/);
  });
});
