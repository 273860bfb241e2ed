/**
 * The UI catalogues (`catalogues.ts`: the app-wide one and one per module) against the code:
 * - each namespace's Danish and English files have the same keys (also a type error in `catalogues.ts`);
 * - every literal key used with t('…') exists (dynamic keys, t(`role.${role}`), by their prefix);
 * - no app-wide key is hidden by a module namespace of the same name;
 * - every page loaded with lazyPage(…) loads each module namespace its code (the page and all it
 *   imports) uses, and no other; code loaded at start (main.tsx and all it imports) uses only the
 *   app-wide namespace, since no module's text is there before a page asks for it.
 */
import { describe, expect, it } from 'vitest';
import { catalogues, sharedNamespace } from './catalogues';

const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}', '!../test/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

type Tree = { [key: string]: string | Tree };
const flatten = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : flatten(value, `${prefix}${key}.`),
  );

const namespaces = Object.keys(catalogues) as (keyof typeof catalogues)[];
const moduleNamespaces: string[] = namespaces.filter((name) => name !== sharedNamespace);
const texts = await Promise.all(
  namespaces.map(async (name) => ({
    name,
    da: flatten((await catalogues[name].da()).default as Tree),
    en: flatten((await catalogues[name].en()).default as Tree),
  })),
);
const keys = texts.flatMap(({ name, da }) => (name === sharedNamespace ? da : da.map((key) => `${name}.${key}`)));
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const known = new Set(keys.map((key) => key.replace(pluralSuffix, '')));
const isKeyOrPrefix = (text: string) => known.has(text) || (text.endsWith('.') && keys.some((key) => key.startsWith(text)));

/** `../pages/plans/../x` → `../pages/x` (paths as import.meta.glob names them, relative to this folder). */
function normalise(path: string): string {
  const parts: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..' && parts.length > 0 && parts.at(-1) !== '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}
const directory = (path: string) => path.slice(0, path.lastIndexOf('/'));
const resolveImport = (from: string, specifier: string) => {
  const base = normalise(`${directory(from)}/${specifier}`);
  return [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((path) => path in sources);
};

/** The file and every file it imports statically (a dynamic import() starts another chunk). */
function closure(entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of (sources[file] ?? '').matchAll(/(?:from|import)\s+'(\.{1,2}\/[^']+)'/g)) {
      const target = resolveImport(file, match[1] ?? '');
      if (target) queue.push(target);
    }
  }
  return seen;
}

/** The module namespaces whose keys the code names (in t() or kept as data, e.g. a map of labels). */
function namespacesUsedFrom(entry: string): Set<string> {
  const used = new Set<string>();
  for (const file of closure(entry)) {
    if (file.startsWith('./')) continue; // the catalogues' own code names namespaces in examples only
    for (const match of (sources[file] ?? '').matchAll(/['`]([a-zA-Z][\w.]*)(?=['`]|\$\{)/g)) {
      const text = match[1] ?? '';
      const top = text.split('.')[0] ?? '';
      if (moduleNamespaces.includes(top) && isKeyOrPrefix(text)) used.add(top);
    }
  }
  return used;
}

describe('the UI catalogues', () => {
  it('have the same keys in Danish and English, namespace by namespace', () => {
    for (const { name, da, en } of texts) expect([name, [...en].sort()]).toEqual([name, [...da].sort()]);
  });

  it('keep app-wide keys apart from module namespaces', () => {
    const shared = texts.find(({ name }) => name === sharedNamespace)?.da ?? [];
    expect(shared.map((key) => key.split('.')[0]).filter((top) => moduleNamespaces.includes(top ?? ''))).toEqual([]);
  });

  it('have every key the code asks for', () => {
    const unknown: string[] = [];
    for (const [file, text] of Object.entries(sources)) {
      for (const match of text.matchAll(/\bt\(\s*'([^']+)'/g)) {
        if (!known.has(match[1] ?? '')) unknown.push(`${file}: ${match[1]}`);
      }
      for (const match of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) {
        if (!isKeyOrPrefix(match[1] ?? '')) unknown.push(`${file}: ${match[1]}…`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('are loaded with the pages that use them, and only module-free text is used at start', () => {
    expect([...namespacesUsedFrom('../main.tsx')]).toEqual([]);
    const pages = Object.entries(sources).flatMap(([file, text]) =>
      [...text.matchAll(/lazyPage\(\s*\(\) => import\('([^']+)'\),\s*'(\w+)',\s*\[([^\]]*)\]/g)].map((match) => ({
        name: match[2] ?? '',
        entry: resolveImport(file, match[1] ?? ''),
        declared: [...(match[3] ?? '').matchAll(/'(\w+)'/g)].map((item) => item[1] ?? '').sort(),
      })),
    );
    expect(pages.length).toBeGreaterThan(20);
    for (const { name, entry, declared } of pages) {
      expect(entry, name).toBeDefined();
      expect([name, declared]).toEqual([name, [...namespacesUsedFrom(entry ?? '')].sort()]);
    }
  });
});
