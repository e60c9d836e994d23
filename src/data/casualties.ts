/** The casualty figures as published by a day (see derive.ts). */
import { firstSureDay } from './dates.js';
import type { Answer } from './derive.js';
import { publishedBy } from './rules.js';
import type { CasualtyFigure, Dataset, Edition, IsoDate } from './types.js';

export interface FigureAt {
  figure: CasualtyFigure;
  edition: Edition;
  /** Earlier figures for the same year that this edition revised. */
  revises: CasualtyFigure[];
}

const editionOf = (d: Dataset, f: CasualtyFigure) => d.casualties.editions[f.edition]!;
/** The figures a widget may show: an unverified (U) one never is, whichever copy of the data is used. */
const figuresOf = (d: Dataset) => d.casualties.figures.filter((f) => f.confidence !== 'U');
const releasedOn = (e: { released: string }) => firstSureDay(e.released);

/** Each year's latest figure whose edition was out on `day`, oldest year first. */
export function casualtySeriesAt(d: Dataset, day: IsoDate): FigureAt[] {
  const byYear = new Map<number, CasualtyFigure[]>();
  for (const f of figuresOf(d)) {
    if (!publishedBy(editionOf(d, f), day)) continue;
    byYear.set(f.year, [...(byYear.get(f.year) ?? []), f]);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, figures]) => {
      const sorted = figures.sort((a, b) => releasedOn(editionOf(d, a)).localeCompare(releasedOn(editionOf(d, b))));
      const figure = sorted.at(-1)!;
      return { figure, edition: editionOf(d, figure), revises: sorted.slice(0, -1) };
    });
}

/** The casualty figure for `year` (default: the latest year) as published by `day`. */
export function casualtiesAt(d: Dataset, day: IsoDate, year?: number): Answer<FigureAt> {
  const series = casualtySeriesAt(d, day);
  const years = figuresOf(d).map((f) => f.year);
  const [first, last] = [Math.min(...years), Math.max(...years)];
  if (year === undefined) {
    const latest = series.at(-1);
    return latest ? { ok: true, ...latest } : { ok: false, reason: 'no-figure', first, last };
  }
  const shown = series.find((s) => s.figure.year === year);
  if (shown) return { ok: true, ...shown };
  const later = figuresOf(d).filter((f) => f.year === year).map((f) => releasedOn(editionOf(d, f))).sort()[0];
  return later
    ? { ok: false, reason: 'not-yet-published', year, from: later }
    : { ok: false, reason: 'no-figure', year, first, last };
}
