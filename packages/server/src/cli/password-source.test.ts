import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { checkPassword, choosePassword, generatePassword } from './password-source';

function piped(text: string) {
  return Object.assign(Readable.from([Buffer.from(text)]), { isTTY: false });
}

describe('generatePassword', () => {
  it('makes four groups of five unambiguous characters', () => {
    const password = generatePassword();
    expect(password).toMatch(/^[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}$/);
    expect(password).not.toMatch(/[01lIO]/);
    expect(generatePassword()).not.toBe(password);
  });
});

describe('choosePassword', () => {
  it('prefers the option, then piped input, then a generated password', async () => {
    expect(await choosePassword('from-the-option', piped('ignored\n'))).toEqual({
      password: 'from-the-option',
      source: 'option',
    });
    expect(await choosePassword(undefined, piped('from-standard-input\nsecond line\n'))).toEqual({
      password: 'from-standard-input',
      source: 'stdin',
    });
    expect((await choosePassword(undefined, piped(''))).source).toBe('generated');
    expect((await choosePassword(undefined, Object.assign(Readable.from([]), { isTTY: true }))).source).toBe('generated');
  });

  it('refuses short passwords', () => {
    expect(() => checkPassword('too-short')).toThrow(/at least 12 characters/);
    expect(checkPassword('twelve-chars')).toBe('twelve-chars');
  });
});
