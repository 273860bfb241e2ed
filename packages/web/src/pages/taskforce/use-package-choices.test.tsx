import { describe, expect, it, vi } from 'vitest';
import { renderHookWithProviders } from '../../test/render';
import { usePackageChoices } from './use-package-choices';

vi.mock('../../i18n/use-language', () => ({ useLanguage: () => ({ locale: 'da', changeLanguage: async () => {} }) }));

const packages = [
  { id: 'p1', version: 1, from: '2026-01-01', to: '2026-03-31', isBaseline: true },
  { id: 'p2', version: 2, from: '2026-04-01', to: '2026-06-30', isBaseline: false },
];

describe('usePackageChoices', () => {
  it('gives each package as a choice, labelled with its version and its period as dd.mm.åååå', () => {
    const { result } = renderHookWithProviders(() => usePackageChoices());
    const choices = result.current(
      packages,
      (values, p) => `${p.isBaseline ? 'Basis' : 'Version'} ${values.version}: ${values.from}–${values.to}`,
    );
    expect(choices).toEqual([
      { value: 'p1', label: 'Basis 1: 01.01.2026–31.03.2026' },
      { value: 'p2', label: 'Version 2: 01.04.2026–30.06.2026' },
    ]);
  });
});
