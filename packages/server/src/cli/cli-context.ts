/** What every command gets: the environment, the working folder and the output. */
import fs from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '../config/config';
import { createOutput, type CliOutput } from './output';

export interface CliInput {
  readonly isTTY?: boolean;
  [Symbol.asyncIterator](): AsyncIterator<unknown>;
}

export interface CliContext {
  readonly env: NodeJS.ProcessEnv;
  /** Relative --in/--out paths start here: where the user ran the command (also under `npm run`). */
  readonly cwd: string;
  readonly out: CliOutput;
  readonly stdin: CliInput;
  readonly version: string;
}

function readVersion(): string {
  try {
    const manifest: unknown = JSON.parse(fs.readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8'));
    if (typeof manifest === 'object' && manifest !== null && 'version' in manifest && typeof manifest.version === 'string')
      return manifest.version;
  } catch {
    // fall through to the default
  }
  return '0.0.0';
}

export function processContext(): CliContext {
  return {
    env: process.env,
    // `npm run hjemvej` runs in the repository root; npm keeps the user's folder in INIT_CWD.
    cwd: process.env.npm_lifecycle_event === 'hjemvej' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd(),
    out: createOutput(process.stdout, process.stderr),
    stdin: process.stdin,
    version: readVersion(),
  };
}
