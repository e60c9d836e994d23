#!/usr/bin/env node
/// <reference types="node" />
// `npx ottawa-treaty-widgets <command>`: see src/cli.ts. Built to dist/lib/src/bin.js, the package's "bin".
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2));
