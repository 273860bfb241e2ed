#!/usr/bin/env node
/**
 * Checks the UI catalogues: da and en have the same keys, and every literal key used with
 * t('…') in src exists. Dynamic keys (t(`role.${role}`)) are checked by their static prefix.
 * Run: node packages/web/scripts/check-i18n.mjs
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const catalogues = {
  da: JSON.parse(readFileSync(join(src, 'i18n', 'da.json'), 'utf8')),
  en: JSON.parse(readFileSync(join(src, 'i18n', 'en.json'), 'utf8')),
};

function flatten(object, prefix = '') {
  return Object.entries(object).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? flatten(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const problems = [];
const keys = { da: new Set(flatten(catalogues.da)), en: new Set(flatten(catalogues.en)) };
for (const key of keys.da) if (!keys.en.has(key)) problems.push(`missing in en: ${key}`);
for (const key of keys.en) if (!keys.da.has(key)) problems.push(`missing in da: ${key}`);

const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const known = new Set([...keys.da].map((key) => key.replace(pluralSuffix, '')));
const prefixes = [...keys.da].map((key) => key);

for (const file of files(src)) {
  const text = readFileSync(file, 'utf8');
  for (const match of text.matchAll(/\bt\(\s*'([^']+)'/g)) {
    if (!known.has(match[1])) problems.push(`${file.slice(src.length + 1)}: unknown key ${match[1]}`);
  }
  for (const match of text.matchAll(/\bt\(\s*`([^`$]*)\$\{/g)) {
    if (!prefixes.some((key) => key.startsWith(match[1]))) {
      problems.push(`${file.slice(src.length + 1)}: no keys under ${match[1]}`);
    }
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`i18n ok: ${keys.da.size} keys in da and en`);
