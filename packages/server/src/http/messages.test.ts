import { describe, expect, it } from 'vitest';
import { messageCatalogues, translate, type MessageCode } from './messages';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('the server’s messages, merged from every module', () => {
  const codes = messageCatalogues.flatMap((texts) => Object.keys(texts.da)) as MessageCode[];

  it('defines each code in one module only', () => {
    const twice = codes.filter((code, index) => codes.indexOf(code) !== index);
    expect(twice).toEqual([]);
  });

  it('has a Danish and an English text for every code, with the same placeholders', () => {
    for (const texts of messageCatalogues) {
      expect(Object.keys(texts.en).sort()).toEqual(Object.keys(texts.da).sort());
    }
    for (const code of codes) {
      const da = translate('da', code);
      const en = translate('en', code);
      expect(da.trim(), code).not.toBe('');
      expect(en.trim(), code).not.toBe('');
      expect(placeholders(en), code).toEqual(placeholders(da));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'locked', { minutes: 15 })).toBe('Too many failed attempts. The account is locked for 15 minutes.');
    expect(translate('da', 'version_unknown')).toBe('Version {version} findes ikke.');
  });
});
