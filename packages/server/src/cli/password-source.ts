/**
 * Where a new password comes from: --password, else standard input when it is piped
 * (`echo … | hjemvej create-user …`), else a generated one that is printed once.
 */
import { randomInt } from 'node:crypto';
import { passwordSchema } from '@hjemvej/contract';
import type { CliInput } from './cli-context';
import { CliError } from './cli-error';

export interface NewPassword {
  readonly password: string;
  readonly source: 'option' | 'stdin' | 'generated';
}

/** No look-alike characters (0/O, 1/l/I), so a printed password can be typed. */
const alphabet = 'abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Four groups of five: 20 characters from 57, about 116 bits. */
export function generatePassword(random: (max: number) => number = randomInt): string {
  const groups: string[] = [];
  for (let g = 0; g < 4; g += 1) {
    let group = '';
    for (let i = 0; i < 5; i += 1) group += alphabet[random(alphabet.length)] ?? '';
    groups.push(group);
  }
  return groups.join('-');
}

export function checkPassword(password: string): string {
  const result = passwordSchema.safeParse(password);
  if (!result.success) {
    throw new CliError(
      password.length < 12
        ? 'the password must be at least 12 characters long'
        : 'the password may be at most 200 characters long',
    );
  }
  return result.data;
}

/** The first line of standard input (without its line break). */
export async function readFirstLine(input: CliInput): Promise<string> {
  let text = '';
  for await (const chunk of input) {
    text += typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : '';
    if (text.includes('\n')) break;
  }
  return text.split(/\r?\n/, 1)[0] ?? '';
}

/** `onReading` is told before standard input is read, so a waiting command says what it waits for. */
export async function choosePassword(option: string | undefined, input: CliInput, onReading?: () => void): Promise<NewPassword> {
  if (option !== undefined) return { password: checkPassword(option), source: 'option' };
  if (!input.isTTY) {
    onReading?.();
    const line = await readFirstLine(input);
    if (line !== '') return { password: checkPassword(line), source: 'stdin' };
  }
  return { password: generatePassword(), source: 'generated' };
}
