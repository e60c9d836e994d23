/// <reference types="node" />
/**
 * The package's command, `npx ottawa-treaty-widgets <command>`, as functions (src/bin.ts runs
 * them). It runs from the installed package's built JavaScript with Node alone: no dev tools.
 *
 *   check [path]   check a dataset: a merged file shaped like dist/dataset.json (a publisher's own
 *                  copy for `src`), or a directory of data files like data/ (default: ./data)
 *   render [--lang xx] [--as-of YYYY-MM-DD] [file]
 *                  render the widgets of an HTML fragment (a file, or standard input) on the
 *                  server, to standard output; what a widget says is wrong goes to standard error
 *   help           list the commands
 *
 * Exit codes: 0 all valid (or rendered), 1 problems found, 2 a usage error.
 */
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { isIsoDate } from './data/dates.js';
import { checkDataFiles, checkDatasetText, DATA_FILES, type FileCheck } from './data/files.js';

/** Where a command writes and what it resolves paths against (tests pass their own). */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  /** All of standard input, as text. */
  stdin?: () => Promise<string>;
}

async function readStdin(): Promise<string> {
  // Decoded as a stream, so a character split between two chunks stays whole.
  process.stdin.setEncoding('utf8');
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

const defaultIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l), cwd: process.cwd(), stdin: readStdin };

interface Command {
  usage: string;
  summary: string;
  run: (args: string[], io: Io) => Promise<number>;
}

const readText = (path: string) => readFile(path, 'utf8').catch(() => undefined);

/** `check [path]`: one merged dataset file, or a directory of data files. */
async function check(args: string[], io: Io): Promise<number> {
  if (args.length > 1) {
    io.err(`check takes one path, not ${args.length}: ${COMMANDS.check!.usage}`);
    return 2;
  }
  const target = resolve(io.cwd, args[0] ?? 'data');
  const shown = args[0] ?? (relative(io.cwd, target) || '.');
  const kind = await stat(target).then((s) => (s.isDirectory() ? 'dir' : 'file'), () => undefined);
  if (!kind) {
    io.err(`${shown}: no such file or directory: give a dataset file (like dist/dataset.json) or a directory of data files (like data/)`);
    return 2;
  }
  let result: FileCheck;
  if (kind === 'dir') {
    const texts: Record<string, string | undefined> = {};
    for (const file of Object.values(DATA_FILES)) texts[file] = await readText(resolve(target, file));
    result = checkDataFiles(texts, shown);
  } else {
    result = checkDatasetText(await readText(target), shown);
  }
  const { problems, dataset } = result;
  if (problems.length || !dataset) {
    io.err(`The data has ${problems.length} problem${problems.length === 1 ? '' : 's'}:`);
    for (const line of problems) io.err(`  ✗ ${line}`);
    return 1;
  }
  io.out(`✓ ${shown}: ${Object.keys(dataset.sources).length} sources, ${Object.keys(dataset.participation.ottawa).length} states, ` +
    `${dataset.casualties.figures.length} casualty figures, ${dataset.spending.estimates.length} spending estimates, checked to ${dataset.checked}: all valid.`);
  return 0;
}

/** `render [--lang xx] [--as-of YYYY-MM-DD] [file]`: the fragment with its widgets rendered (src/ssr.ts). */
async function renderFragment(argv: string[], io: Io): Promise<number> {
  const options: { lang?: string; asOf?: string } = {};
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const option = ({ '--lang': 'lang', '--as-of': 'asOf' } as const)[argv[i] as '--lang' | '--as-of'];
    if (!option) args.push(argv[i]!);
    else if (argv[i + 1] === undefined) {
      io.err(`${argv[i]} needs a value: ${COMMANDS.render!.usage}`);
      return 2;
    } else options[option] = argv[++i];
  }
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    io.err(`--as-of "${options.asOf}" is not a date (YYYY-MM-DD)`);
    return 2;
  }
  if (args.length > 1) {
    io.err(`render takes one file, not ${args.length}: ${COMMANDS.render!.usage}`);
    return 2;
  }
  const text = args[0] ? await readText(resolve(io.cwd, args[0])) : await (io.stdin ?? readStdin)();
  if (text === undefined) {
    io.err(`${args[0]}: no such file: give an HTML fragment, or pipe one in`);
    return 2;
  }
  // Lit's server renderer loads only for this command.
  const { render } = await import('./ssr.js');
  const { html, problems } = await render(text, options);
  io.out(html);
  for (const p of problems) io.err(`<${p.tag}> (widget ${p.index + 1}): ${p.message}`);
  return 0;
}

async function help(_args: string[], io: Io): Promise<number> {
  io.out('Usage: ottawa-treaty-widgets <command> [arguments]');
  io.out('');
  const width = Math.max(...Object.values(COMMANDS).map((c) => c.usage.length));
  for (const c of Object.values(COMMANDS)) io.out(`  ${c.usage.padEnd(width)}  ${c.summary}`);
  return 0;
}

/** The subcommands, by name. */
export const COMMANDS: Record<string, Command> = {
  check: {
    usage: 'check [path]',
    summary: 'check a dataset file (like dist/dataset.json) or a directory of data files (default: data/)',
    run: check,
  },
  render: {
    usage: 'render [--lang xx] [--as-of YYYY-MM-DD] [file]',
    summary: 'render the widgets of an HTML fragment (a file, or standard input) on the server, to standard output; --lang: the page\'s language',
    run: renderFragment,
  },
  help: { usage: 'help', summary: 'list the commands', run: help },
};

/** Runs one command line (without `node` and the script); resolves to the exit code. */
export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h') return help([], io);
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`Unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')} (ottawa-treaty-widgets help).`);
    return 2;
  }
  return command.run(args, io);
}
