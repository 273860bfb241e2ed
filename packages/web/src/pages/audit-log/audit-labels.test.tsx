/**
 * The audit log says everything in words: every action and every kind of subject the server can
 * write has a Danish and an English label, and so has every detail key the server writes
 * literally (read from its source); the table shows them, with ids small beside the words.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import { MantineProvider } from '@mantine/core';
import i18next from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { auditActions, auditSubjectTypes, type AuditEvent } from '@hjemvej/contract';
import { theme } from '../../app/theme';
import da from './audit-log.da.json';
import en from './audit-log.en.json';
import { humaniseCode } from './audit-labels';
import { AuditTable } from './audit-table';

vi.mock('../../i18n/use-language', () => ({ useLanguage: () => ({ locale: 'da', changeLanguage: async () => {} }) }));

const catalogues = { da, en } as const;

function labelAt(catalogue: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    catalogue,
  );
}

function missing(paths: readonly (readonly string[])[]) {
  return Object.fromEntries(
    Object.entries(catalogues).map(([language, catalogue]) => [
      language,
      paths
        .filter((path) => typeof labelAt(catalogue, path) !== 'string' || labelAt(catalogue, path) === '')
        .map((p) => p.join('.')),
    ]),
  );
}

/** The keys of every object literal the server writes as an event's `changes`. */
function changeKeysWrittenByServer(): string[] {
  const root = join(__dirname, '../../../../server/src');
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts') && !path.endsWith('.test.ts')) files.push(path);
    }
  };
  walk(root);
  const keys = new Set<string>();
  // An object literal's keys, also those of a spread `...(condition ? { … } : { … })`.
  const collect = (expression: ts.Expression, source: ts.SourceFile): void => {
    const inner = ts.isParenthesizedExpression(expression) ? expression.expression : expression;
    if (ts.isConditionalExpression(inner)) {
      collect(inner.whenTrue, source);
      collect(inner.whenFalse, source);
    }
    if (!ts.isObjectLiteralExpression(inner)) return;
    for (const property of inner.properties) {
      if (ts.isSpreadAssignment(property)) collect(property.expression, source);
      else if (
        (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) &&
        !ts.isComputedPropertyName(property.name)
      )
        keys.add(property.name.getText(source).replace(/^['"]|['"]$/g, ''));
    }
  };
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAssignment(node) && node.name.getText(source) === 'changes') collect(node.initializer, source);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return [...keys].sort();
}

describe('the audit log in words', () => {
  it('labels every audit action in Danish and English', () => {
    expect(missing(auditActions.map((action) => ['action', ...action.split('.')]))).toEqual({ da: [], en: [] });
  });

  it('labels every kind of subject the server writes in Danish and English', () => {
    expect(missing(auditSubjectTypes.map((type) => ['subjectType', type]))).toEqual({ da: [], en: [] });
  });

  it('labels every detail key the server writes literally in Danish and English', () => {
    const keys = changeKeysWrittenByServer();
    expect(keys).toEqual(expect.arrayContaining(['taskIds', 'citizenIds', 'count', 'matchedCitizenIds']));
    expect(missing(keys.map((key) => ['field', key]))).toEqual({ da: [], en: [] });
  });

  it('humanises a code that has no label (an older event)', () => {
    expect(humaniseCode('workingDaysOverdue')).toBe('Working days overdue');
    expect(humaniseCode('shelter_stay')).toBe('Shelter stay');
  });
});

const event: AuditEvent = {
  id: '7',
  occurredAt: '2026-03-02T09:15:00.000Z',
  actor: { userId: null, displayName: 'Karen Kollega', role: 'caseworker', organisationName: 'Nabo Kommune' },
  action: 'task.inbox',
  subjectType: 'task',
  subjectId: '00000000-0000-4000-8000-00000000000a',
  citizenId: '00000000-0000-4000-8000-00000000000c',
  citizen: { id: '00000000-0000-4000-8000-00000000000c', name: 'Karla Hansen', mayOpen: true },
  outcome: 'ok',
  ip: '127.0.0.1',
  changes: { view: 'unit', taskIds: [] },
};

/** In Danish words from the module's catalogue (the shared test render shows keys only). */
function renderTable(events: AuditEvent[]) {
  const i18n = i18next.createInstance();
  void i18n.use(initReactI18next).init({
    lng: 'da',
    ns: ['translation', 'auditLog'],
    resources: { da: { auditLog: da } },
    nsSeparator: '.',
    keySeparator: '.',
    showSupportNotice: false,
  });
  render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>
        <MemoryRouter>
          <AuditTable events={events} />
        </MemoryRouter>
      </MantineProvider>
    </I18nextProvider>,
  );
  return within(screen.getByTestId('audit-table'));
}

describe('AuditTable', () => {
  it('shows the action, subject and details in words, the citizen by name, and the ids small', () => {
    const table = renderTable([event]);
    expect(table.getByText('Indbakke vist')).toBeTruthy();
    expect(table.getByText('Opgave')).toBeTruthy();
    expect(table.getByText('Detaljer: Visning, Viste opgaver')).toBeTruthy();
    const link = table.getByRole('link', { name: 'Karla Hansen' });
    expect(link.getAttribute('href')).toBe('/citizens/00000000-0000-4000-8000-00000000000c');
    expect(table.getByText('Id: 00000000-0000-4000-8000-00000000000a')).toBeTruthy();
    expect(table.getByText('Borger-id: 00000000-0000-4000-8000-00000000000c')).toBeTruthy();
  });

  it('names a citizen without a link when the reader may not open the page', () => {
    const table = renderTable([{ ...event, citizen: { ...event.citizen!, mayOpen: false } }]);
    expect(table.getByText('Karla Hansen')).toBeTruthy();
    expect(table.queryByRole('link')).toBeNull();
  });

  it('humanises a kind or a detail an older event carries without a label', () => {
    const table = renderTable([{ ...event, subjectType: 'old_kind', changes: { someOldKey: 1 } }]);
    expect(table.getByText('Old kind')).toBeTruthy();
    expect(table.getByText('Detaljer: Some old key')).toBeTruthy();
  });

  it('says a citizen outside the organisation is one, by id only', () => {
    const table = renderTable([{ ...event, citizen: { id: event.citizenId!, name: null, mayOpen: false } }]);
    expect(table.getByText('Borger uden for organisationen')).toBeTruthy();
  });
});
