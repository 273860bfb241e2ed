#!/usr/bin/env node
/**
 * Checks the UI catalogues (`src/i18n/catalogues.ts` lists them: the app-wide one and one per
 * module):
 * - each namespace's Danish and English files have the same keys;
 * - every literal key used with t('…') exists (dynamic keys, t(`role.${role}`), by their prefix);
 * - no app-wide key is shadowed by a module namespace of the same name;
 * - every page loaded with lazyPage(…) names each module namespace its code (the page and all it
 *   imports) uses, and no other; code loaded at start (main.tsx and all it imports) uses only
 *   the app-wide namespace, since no module's text is loaded before a page asks for it.
 * Run: node packages/web/scripts/check-i18n.mjs (part of `npm run lint`).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const problems = [];
const read = (path) => readFileSync(path, 'utf8');

function flatten(object, prefix = '') {
  return Object.entries(object).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? flatten(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

// ── the catalogues ──
const registry = read(join(src, 'i18n', 'catalogues.ts'));
const namespaces = new Map(); // name → { da: string[], en: string[] }
for (const match of registry.matchAll(
  /(\w+): catalogue\(\s*\(\) => import\('([^']+)'\),\s*\(\) => import\('([^']+)'\),?\s*\)/g,
)) {
  const [, name, daPath, enPath] = match;
  const load = (path) => flatten(JSON.parse(read(resolve(src, 'i18n', path))));
  namespaces.set(name, { da: load(daPath), en: load(enPath) });
}
const shared = 'translation';
if (!namespaces.has(shared)) problems.push(`catalogues.ts: no '${shared}' namespace`);
const moduleNamespaces = [...namespaces.keys()].filter((name) => name !== shared);

const keys = new Set();
for (const [name, catalogue] of namespaces) {
  const da = new Set(catalogue.da);
  const en = new Set(catalogue.en);
  for (const key of da) if (!en.has(key)) problems.push(`${name}: missing in en: ${key}`);
  for (const key of en) if (!da.has(key)) problems.push(`${name}: missing in da: ${key}`);
  for (const key of da) keys.add(name === shared ? key : `${name}.${key}`);
}
for (const key of namespaces.get(shared)?.da ?? []) {
  const top = key.split('.')[0];
  if (namespaces.has(top)) problems.push(`i18n/da.json: '${top}' is also a module namespace and would hide it`);
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const known = new Set([...keys].map((key) => key.replace(pluralSuffix, '')));
const isKey = (text) => known.has(text) || (text.endsWith('.') && [...keys].some((key) => key.startsWith(text)));

// ── keys used in code ──
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const sources = new Map(files(src).map((file) => [file, read(file)]));
const show = (file) => relative(src, file);

for (const [file, text] of sources) {
  for (const match of text.matchAll(/\bt\(\s*'([^']+)'/g)) {
    if (!known.has(match[1])) problems.push(`${show(file)}: unknown key ${match[1]}`);
  }
  for (const match of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) {
    if (![...keys].some((key) => key.startsWith(match[1]))) problems.push(`${show(file)}: no keys under ${match[1]}`);
  }
}

/** The module namespaces whose keys a file names (in t() or kept as data, e.g. a map of labels). */
function namespacesUsedBy(text) {
  const used = new Set();
  for (const match of text.matchAll(/['`]([a-zA-Z][\w.]*)(?=['`]|\$\{)/g)) {
    const top = match[1].split('.')[0];
    if (moduleNamespaces.includes(top) && isKey(match[1])) used.add(top);
  }
  return used;
}

/** The file and every file it imports statically (dynamic import() starts another chunk). */
function closure(entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const text = sources.get(file) ?? '';
    for (const match of text.matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)) {
      const base = resolve(dirname(file), match[1]);
      const target = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((path) =>
        sources.has(path),
      );
      if (target) queue.push(target);
    }
  }
  return seen;
}

function usedIn(entry) {
  const used = new Set();
  const machinery = join(src, 'i18n');
  for (const file of closure(entry)) {
    if (file.startsWith(machinery)) continue; // the catalogues' own code names namespaces in examples only
    for (const name of namespacesUsedBy(sources.get(file) ?? '')) used.add(name);
  }
  return used;
}

// ── code loaded at start ──
const eager = usedIn(join(src, 'main.tsx'));
for (const name of eager) {
  problems.push(`code loaded at start (main.tsx and its imports) uses module namespace '${name}', which is not loaded yet`);
}

// ── pages loaded with their text ──
let pages = 0;
for (const [file, text] of sources) {
  const pattern = /lazyPage\(\s*\(\) => import\('([^']+)'\),\s*'(\w+)',\s*\[([^\]]*)\]/g;
  for (const match of text.matchAll(pattern)) {
    pages++;
    const [, path, name, list] = match;
    const entry = [`${resolve(dirname(file), path)}.tsx`, `${resolve(dirname(file), path)}.ts`].find((candidate) =>
      existsSync(candidate),
    );
    if (!entry) {
      problems.push(`${show(file)}: ${name}: cannot find ${path}`);
      continue;
    }
    const declared = new Set([...list.matchAll(/'(\w+)'/g)].map((item) => item[1]));
    const used = usedIn(entry);
    for (const ns of used) if (!declared.has(ns)) problems.push(`${show(file)}: ${name} uses '${ns}' but does not load it`);
    for (const ns of declared) if (!used.has(ns)) problems.push(`${show(file)}: ${name} loads '${ns}' but does not use it`);
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(
  `i18n ok: ${keys.size} keys in ${namespaces.size} namespaces, the same in da and en; ${pages} pages load the namespaces they use`,
);
