// The server as one JavaScript file (dist/main.mjs, esbuild): starting from it skips tsx's
// compile-on-load of some 400 TypeScript files, which costs about a second and 80 MiB at every
// start (bench/README.md, "Start-up"). The bundle is used only while it is newer than every
// source it was built from, so an edited tree never runs stale code.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const packagesRoot = path.dirname(serverRoot);
export const serverBundle = path.join(serverRoot, 'dist/main.mjs');
const sources = [
  path.join(serverRoot, 'src'),
  path.join(serverRoot, 'package.json'),
  path.join(packagesRoot, 'contract/src'),
  path.join(packagesRoot, 'domain/src'),
];

function newest(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...fs.readdirSync(target).map((name) => newest(path.join(target, name))));
}

export function isServerBundleFresh() {
  if (!fs.existsSync(serverBundle)) return false;
  return fs.statSync(serverBundle).mtimeMs > Math.max(...sources.map(newest));
}

/** Bundles src/main.ts with the workspace packages; npm dependencies stay imports of node_modules. */
export async function buildServerBundle() {
  const { build } = await import('esbuild');
  const manifest = JSON.parse(fs.readFileSync(path.join(serverRoot, 'package.json'), 'utf8'));
  const partial = `${serverBundle}.${process.pid}.partial.mjs`;
  await build({
    entryPoints: [path.join(serverRoot, 'src/main.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: partial,
    external: Object.keys(manifest.dependencies ?? {}),
    logLevel: 'warning',
  });
  fs.renameSync(partial, serverBundle);
  return serverBundle;
}
