/**
 * Where the CLI writes: results on stdout; progress on stderr, rewritten in place on a
 * terminal and at most once a second (plus each final line) when piped into a log.
 */
export interface CliOutput {
  /** A result line (stdout). */
  line(text: string): void;
  /** A note about what is happening (stderr). */
  note(text: string): void;
  /** A progress update (stderr); `final` marks the last update of a step, which is always shown. */
  progress(text: string, final: boolean): void;
}

interface Writable {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

export function createOutput(stdout: Writable, stderr: Writable, now: () => number = Date.now): CliOutput {
  let openProgress = false;
  let lastShown = now();
  const closeProgress = () => {
    if (openProgress) stderr.write('\n');
    openProgress = false;
    lastShown = now();
  };
  return {
    line(text) {
      closeProgress();
      stdout.write(`${text}\n`);
    },
    note(text) {
      closeProgress();
      stderr.write(`${text}\n`);
    },
    progress(text, final) {
      if (stderr.isTTY) {
        stderr.write(`\r\u001b[2K${text}`);
        openProgress = true;
        if (final) closeProgress();
        return;
      }
      if (!final && now() - lastShown < 1000) return;
      lastShown = now();
      stderr.write(`${text}\n`);
    },
  };
}

export function formatSeconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(1)} s`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function formatTableProgress(table: string, done: number, total: number): string {
  const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
  return `  ${table.padEnd(24)} ${String(done).padStart(9)} / ${total} rows (${percent} %)`;
}
