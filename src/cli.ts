/// <reference types="node" />
/**
 * The package's command, `npx ottawa-treaty-widgets <command>`, as functions (src/bin.ts runs
 * them). It runs from the installed package's built JavaScript with Node alone: no dev tools.
 *
 *   check [path]   check a dataset: a merged file shaped like dist/dataset.json (a publisher's own
 *                  copy for `src`), or a directory of data files like data/ (default: ./data)
 *   help           list the commands
 *
 * Exit codes: 0 all valid, 1 problems found, 2 a usage error.
 */
import { readFile, stat } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { checkDataFiles, checkDatasetText, DATA_FILES, type FileCheck } from './data/files.js';

/** Where a command writes and what it resolves paths against (tests pass their own). */
export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
}

const defaultIo: Io = { out: (l) => console.log(l), err: (l) => console.error(l), cwd: process.cwd() };

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

async function help(_args: string[], io: Io): Promise<number> {
  io.out('Usage: ottawa-treaty-widgets <command> [arguments]');
  io.out('');
  for (const c of Object.values(COMMANDS)) io.out(`  ${c.usage.padEnd(22)} ${c.summary}`);
  return 0;
}

/** The subcommands, by name. A later one (`render`) is added here. */
export const COMMANDS: Record<string, Command> = {
  check: {
    usage: 'check [path]',
    summary: 'check a dataset file (like dist/dataset.json) or a directory of data files (default: data/)',
    run: check,
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
