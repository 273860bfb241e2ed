/**
 * `npm run bench:web`: how much JavaScript and CSS the browser loads before the first page can
 * show (issue 9 point 7). Builds the web app into a temporary folder with Vite's manifest, then
 * follows index.html's entry and its static imports (what the `<script>` and `<link
 * rel=modulepreload>` tags fetch) and sums their gzip sizes. Lazily loaded chunks (pages, the
 * module catalogues, the language files) are listed beside it. Prints; never fails on a number.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { exitOnHelp, outAndHelpOptions } from './lib/args';
import { repositoryRoot } from './lib/server-process';

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly isDynamicEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}
type Manifest = Record<string, ManifestChunk>;

const usage = `npm run bench:web [-- options]
  --dist <folder>  read an existing build made with \`vite build --manifest\` instead of building
  --budget <KB>    the initial-JavaScript budget shown beside the figure (default 250)
  --out <file>     JSON output (default bench/results/web-latest.json)
`;

const { values: args } = parseArgs({
  options: {
    dist: { type: 'string' },
    budget: { type: 'string' },
    ...outAndHelpOptions,
  },
  strict: true,
});
exitOnHelp(args.help, usage);
const budgetKb = Number(args.budget ?? 250);
const out = path.resolve(args.out ?? path.join(repositoryRoot, 'bench/results/web-latest.json'));
const webRoot = path.join(repositoryRoot, 'packages/web');

function buildInto(folder: string): void {
  process.stderr.write(`building the web app into ${folder} …\n`);
  execFileSync(
    process.execPath,
    [
      path.join(repositoryRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--manifest',
      '--outDir',
      folder,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: webRoot, stdio: ['ignore', 'ignore', 'inherit'] },
  );
}

/** Every chunk reached from `keys` through static imports (what the browser fetches with them). */
function staticClosure(manifest: Manifest, keys: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return seen;
}

const kilobytes = (bytes: number) => bytes / 1000;
const format = (bytes: number) => `${kilobytes(bytes).toFixed(1).padStart(7)} KB`;

const temporary = args.dist === undefined ? fs.mkdtempSync(path.join(os.tmpdir(), 'hjemvej-web-')) : null;
const dist = args.dist === undefined ? (temporary as string) : path.resolve(args.dist);
try {
  if (temporary !== null) buildInto(temporary);
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8')) as Manifest;
  const sizes = new Map<string, { raw: number; gzip: number }>();
  const sizeOf = (file: string) => {
    let size = sizes.get(file);
    if (size === undefined) {
      const bytes = fs.readFileSync(path.join(dist, file));
      size = { raw: bytes.length, gzip: gzipSync(bytes).length };
      sizes.set(file, size);
    }
    return size;
  };

  const entries = Object.keys(manifest).filter((key) => manifest[key]?.isEntry === true);
  const initial = [...staticClosure(manifest, entries)];
  const initialJs = initial.map((key) => ({
    chunk: key,
    file: manifest[key]?.file ?? key,
    ...sizeOf(manifest[key]?.file ?? key),
  }));
  const initialCss = [...new Set(initial.flatMap((key) => manifest[key]?.css ?? []))].map((file) => ({ file, ...sizeOf(file) }));
  const sum = (rows: readonly { raw: number; gzip: number }[]) =>
    rows.reduce((total, row) => ({ raw: total.raw + row.raw, gzip: total.gzip + row.gzip }), { raw: 0, gzip: 0 });
  const jsTotal = sum(initialJs);
  const cssTotal = sum(initialCss);

  // Each lazily loaded page: what it adds on top of the initial load (its chunk and static imports).
  const initialSet = new Set(initial);
  const pages = Object.keys(manifest)
    .filter((key) => manifest[key]?.isDynamicEntry === true && /-page\.tsx$/.test(key))
    .map((key) => {
      const added = [...staticClosure(manifest, [key])].filter((chunk) => !initialSet.has(chunk));
      return { page: path.basename(key, '.tsx'), ...sum(added.map((chunk) => sizeOf(manifest[chunk]?.file ?? chunk))) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const catalogues = Object.keys(manifest).filter((key) => key.endsWith('.json'));
  const cataloguesInInitial = catalogues.filter((key) => initialSet.has(key));

  const lines = [
    `Initial load (index.html's entry and its static imports, ${initialJs.length} JS files):`,
    `  JavaScript ${format(jsTotal.gzip)} gzip (${format(jsTotal.raw)} raw)   budget ${budgetKb} KB: ${kilobytes(jsTotal.gzip) <= budgetKb ? 'within' : 'OVER'}`,
    `  CSS        ${format(cssTotal.gzip)} gzip (${format(cssTotal.raw)} raw)`,
    `  catalogues in the initial load: ${cataloguesInInitial.length === 0 ? 'none (each language file is fetched when shown)' : cataloguesInInitial.join(', ')}`,
    '',
    'Largest initial files (gzip):',
    ...[...initialJs]
      .sort((a, b) => b.gzip - a.gzip)
      .slice(0, 8)
      .map((row) => `  ${format(row.gzip)}  ${row.file}`),
    '',
    'Added by each page when first opened (gzip, beyond the initial load; the 8 largest):',
    ...pages.slice(0, 8).map((row) => `  ${format(row.gzip)}  ${row.page}`),
    '',
  ];
  process.stdout.write(lines.join('\n'));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(
    out,
    `${JSON.stringify({ measuredAt: new Date().toISOString(), budgetKb, initialJs, initialCss, jsTotal, cssTotal, pages, cataloguesInInitial }, null, 2)}\n`,
  );
} finally {
  if (temporary !== null) fs.rmSync(temporary, { recursive: true, force: true });
}
