/** "Get the data": the figures behind a widget as a CSV file made in the browser, with no request. */
export type CsvRow = readonly (string | number | undefined)[];

const cell = (value: string | number | undefined): string => {
  const text = value === undefined ? '' : String(value);
  // Quote what would break the row, and defuse spreadsheet formulas.
  const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

export const toCsv = (rows: readonly CsvRow[]): string => rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';

export function downloadCsv(filename: string, rows: readonly CsvRow[]): void {
  const url = URL.createObjectURL(new Blob(['\uFEFF', toCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
