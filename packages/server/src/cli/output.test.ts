import { describe, expect, it } from 'vitest';
import { createOutput, formatTableProgress } from './output';

function sink(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (text: string) => written.push(text) } };
}

describe('createOutput', () => {
  it('shows every final progress line but throttles the rest when piped', () => {
    let clock = 0;
    const out = sink(false);
    const err = sink(false);
    const output = createOutput(out.stream, err.stream, () => clock);
    output.progress('step 1', false);
    output.progress('done 1', true);
    clock = 1500;
    output.progress('step 2', false);
    output.line('result');
    expect(err.written).toEqual(['done 1\n', 'step 2\n']);
    expect(out.written).toEqual(['result\n']);
  });

  it('rewrites the progress line in place on a terminal', () => {
    const err = sink(true);
    const output = createOutput(sink(false).stream, err.stream);
    output.progress('a', false);
    output.progress('b', true);
    expect(err.written.join('')).toBe('\r\u001b[2Ka\r\u001b[2Kb\n');
  });

  it('formats table progress', () => {
    expect(formatTableProgress('users', 5, 10)).toContain('5 / 10 rows (50 %)');
    expect(formatTableProgress('users', 0, 0)).toContain('(100 %)');
  });
});
