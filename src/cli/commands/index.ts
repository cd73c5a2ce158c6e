import type { Command } from 'commander';
import type { CliIo } from '../io.js';
import { registerCalc } from './calc.js';
import { registerCheck } from './check.js';
import { registerDemo } from './demo.js';
import { registerExtract } from './extract.js';
import { registerFrameworks } from './frameworks.js';
import { registerMetrics } from './metrics.js';
import { registerReport } from './report.js';
import { registerServe } from './serve.js';
import { registerUnits } from './units.js';
import { registerUsers } from './users.js';

/** Adds one command (with its subcommands) to the program. */
export type RegisterCommand = (program: Command, io: CliIo) => void;

/** Every command of `esg`, in help order. Each lives in its own file beside this one. */
export const COMMANDS: readonly RegisterCommand[] = [
  registerExtract,
  registerCheck,
  registerFrameworks,
  registerMetrics,
  registerUnits,
  registerCalc,
  registerServe,
  registerDemo,
  registerUsers,
  registerReport,
];
