/**
 * A pre-initialised PGlite data directory (the output of `initdb`, as a gzip tarball), so a new
 * embedded database starts by unpacking 5 MB instead of running initdb. Running initdb costs most
 * of a cold start and, worse, PGlite runs it in a second WebAssembly instance whose memory is
 * never returned to the system (issue 9 point 6: 953 MiB peak). The tarball is exactly what
 * PGlite's own first start unpacks (it too runs initdb apart and copies the result in), built
 * once per PGlite version: by `npm start` before the server starts, or by the first database
 * opened without one.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { repositoryRoot } from '../config/config';

const require = createRequire(import.meta.url);

function pgliteVersion(): string {
  // The package's entry is …/@electric-sql/pglite/dist/index.cjs; its package.json is one folder up.
  const packageJson = path.join(path.dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
  return (JSON.parse(fs.readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/** Where the template of the installed PGlite version lives (packages/server/dist, not in git). */
export function pgliteTemplatePath(): string {
  return path.join(repositoryRoot, 'packages/server/dist', `pglite-template-${pgliteVersion()}.tar.gz`);
}

/** The template, built first when missing (written atomically: parallel builders do not clash). */
export async function readPgliteTemplate(): Promise<Blob> {
  const file = pgliteTemplatePath();
  if (!fs.existsSync(file)) await buildPgliteTemplate(file);
  return new Blob([fs.readFileSync(file)]);
}

export async function buildPgliteTemplate(file = pgliteTemplatePath()): Promise<string> {
  const scratch = await PGlite.create();
  try {
    const tarball = await scratch.dumpDataDir('gzip');
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.partial`;
    fs.writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
    fs.renameSync(partial, file);
    return file;
  } finally {
    await scratch.close();
  }
}
