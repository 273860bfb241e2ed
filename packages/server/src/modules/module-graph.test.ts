/**
 * Modules may use each other, but never in a loop: a loop means neither module can be read,
 * changed or tested without the other. This builds the import graph between the folders of
 * `modules/` from the source and fails naming the loop. Pieces several modules share live
 * outside `modules/` (`course/`, `calendar/`, `access/`, …) and import no module.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const modulesDir = path.dirname(fileURLToPath(import.meta.url));
const sourceDir = path.dirname(modulesDir);
const sharedDirs = ['course', 'calendar'];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** The modules a file imports (relative imports that land in another folder of modules/). */
function importedModules(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((match) => match[1] ?? '');
  return specifiers.flatMap((specifier) => {
    const target = path.relative(modulesDir, path.resolve(path.dirname(file), specifier));
    if (target.startsWith('..')) return [];
    const [module] = target.split(path.sep);
    return module ? [module] : [];
  });
}

function moduleGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const entry of fs.readdirSync(modulesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const edges = new Set<string>();
    for (const file of sourceFiles(path.join(modulesDir, entry.name))) {
      for (const module of importedModules(file)) if (module !== entry.name) edges.add(module);
    }
    graph.set(entry.name, edges);
  }
  return graph;
}

/** Every loop, each once, as the modules on it in order (e.g. [a, b, a]). */
function findCycles(graph: Map<string, Set<string>>): string[][] {
  const cycles = new Map<string, string[]>();
  const visit = (module: string, trail: string[]) => {
    const at = trail.indexOf(module);
    if (at >= 0) {
      const loop = trail.slice(at);
      const key = [...loop].sort().join(' ');
      if (!cycles.has(key)) cycles.set(key, [...loop, module]);
      return;
    }
    for (const next of [...(graph.get(module) ?? [])].sort()) visit(next, [...trail, module]);
  };
  for (const module of [...graph.keys()].sort()) visit(module, []);
  return [...cycles.values()];
}

describe('module imports', () => {
  it('the graph is read (modules import each other)', () => {
    const graph = moduleGraph();
    expect(graph.get('legal-checks')).toContain('plans');
  });

  it('have no loops between modules', () => {
    expect(findCycles(moduleGraph()).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  it('shared pieces import no module', () => {
    const offenders = sharedDirs.flatMap((dir) =>
      sourceFiles(path.join(sourceDir, dir)).filter((file) => /from '[./]*\/modules\//.test(fs.readFileSync(file, 'utf8'))),
    );
    expect(offenders.map((file) => path.relative(sourceDir, file))).toEqual([]);
  });

  it('finds a loop when there is one', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a'])],
      ['d', new Set(['a'])],
    ]);
    expect(findCycles(graph)).toEqual([['a', 'b', 'c', 'a']]);
  });
});
