import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { LanguageSwitch } from './language-switch';

vi.mock('../i18n/use-language', () => ({ useLanguage: () => ({ locale: 'da', changeLanguage: vi.fn() }) }));

describe('LanguageSwitch', () => {
  it('names each language in itself, not by a key of a catalogue that is not loaded yet', () => {
    renderWithProviders(<LanguageSwitch />);
    expect(screen.getByRole('button', { name: 'DA – Dansk' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'EN – English' }).getAttribute('aria-pressed')).toBe('false');
  });
});
