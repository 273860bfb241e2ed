#!/usr/bin/env node
// Reads the reports CI wrote (vitest JSON, Playwright JSON, gate results) and prints the
// closing line "N passed, N failed". Exit code 1 when anything failed or a report is missing.
import fs from 'node:fs';
import path from 'node:path';

const dir = process.argv[2] ?? 'reports';
let passed = 0;
let failed = 0;
const notes = [];

function readJson(name) {
  const file = path.join(dir, name);
  if (!fs.existsSync(file)) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

const vitest = readJson('vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  // A file that failed before running any test (syntax error, failing beforeAll) counts as one failure.
  const brokenFiles = (vitest.testResults ?? []).filter(
    (file) => file.status === 'failed' && (file.assertionResults ?? []).length === 0,
  ).length;
  failed += (vitest.numFailedTests ?? 0) + brokenFiles;
  notes.push(
    `tests (unit + integration): ${vitest.numPassedTests} passed, ${vitest.numFailedTests} failed, ${brokenFiles} files that did not run`,
  );
} else {
  failed += 1;
  notes.push('tests: no vitest report (did npm test run?)');
}

const playwright = readJson('playwright.json');
if (playwright?.stats) {
  const { expected = 0, unexpected = 0, flaky = 0 } = playwright.stats;
  passed += expected + flaky;
  failed += unexpected;
  notes.push(`browser journeys: ${expected + flaky} passed, ${unexpected} failed${flaky ? ` (${flaky} flaky)` : ''}`);
} else {
  failed += 1;
  notes.push('browser journeys: no Playwright report (did npm run test:e2e run?)');
}

const gatesFile = path.join(dir, 'gates.txt');
if (fs.existsSync(gatesFile)) {
  for (const line of fs.readFileSync(gatesFile, 'utf8').split('\n').filter(Boolean)) {
    const [status, ...name] = line.split(' ');
    if (status === 'pass') passed += 1;
    else {
      failed += 1;
      notes.push(`gate failed: ${name.join(' ')}`);
    }
  }
}

console.log('');
for (const note of notes) console.log(`  ${note}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
