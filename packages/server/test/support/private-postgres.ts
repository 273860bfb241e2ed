/**
 * A private PostgreSQL cluster that a test creates, starts, stops and deletes itself: initdb into
 * a temporary folder, its own port (55433 and up) and its unix socket in that folder. Never the
 * machine's shared server, which other tests and people use and which must never be stopped.
 *
 * PostgreSQL refuses to run as root; when the tests run as root, the cluster runs as the
 * `postgres` system user (runuser) in a folder handed to that user.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface PrivatePostgres {
  readonly port: number;
  /** postgres://… for the cluster's own `postgres` database. */
  readonly url: string;
  start(): Promise<void>;
  /** pg_ctl stop -m fast: every backend is terminated (57P01), as on a restart. */
  stopFast(): Promise<void>;
  /** Stops the cluster if it runs and deletes its folder. */
  remove(): Promise<void>;
}

/** The folder with initdb and pg_ctl, or a reason why there is none. */
export function findPostgresBinaries(): { readonly bin: string } | { readonly missing: string } {
  const root = '/usr/lib/postgresql';
  const fromEnv = process.env.HJEMVEJ_PG_BIN;
  const candidates = fromEnv
    ? [fromEnv]
    : fs.existsSync(root)
      ? fs
          .readdirSync(root)
          .sort((a, b) => Number(b) - Number(a))
          .map((version) => path.join(root, version, 'bin'))
      : [];
  const bin = candidates.find(
    (folder) => fs.existsSync(path.join(folder, 'initdb')) && fs.existsSync(path.join(folder, 'pg_ctl')),
  );
  if (bin) {
    if (process.getuid?.() === 0 && !systemUser('postgres'))
      return { missing: 'running as root and there is no postgres user to run a cluster as' };
    return { bin };
  }
  return { missing: `no PostgreSQL server binaries (initdb, pg_ctl) in ${fromEnv ?? `${root}/*/bin`}; set HJEMVEJ_PG_BIN` };
}

function systemUser(name: string): { uid: number; gid: number } | null {
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${name}:`));
  const fields = line?.split(':');
  if (!fields || fields.length < 4) return null;
  return { uid: Number(fields[2]), gid: Number(fields[3]) };
}

/** A TCP port on 127.0.0.1 nobody listens on, from `from` upwards. */
export async function findFreePort(from: number): Promise<number> {
  for (let port = from; port < from + 200; port++) {
    const free = await new Promise<boolean>((resolve) => {
      const server = net.createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port from ${from}`);
}

export async function createPrivatePostgres(bin: string): Promise<PrivatePostgres> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hjemvej-pg-'));
  const dataDir = path.join(folder, 'data');
  const logFile = path.join(folder, 'postgres.log');
  const asRoot = process.getuid?.() === 0;
  const owner = asRoot ? systemUser('postgres') : null;
  if (owner) fs.chownSync(folder, owner.uid, owner.gid);

  const pg = (tool: string, args: readonly string[]) =>
    asRoot
      ? run('runuser', ['-u', 'postgres', '--', path.join(bin, tool), ...args], { cwd: folder })
      : run(path.join(bin, tool), args, { cwd: folder });

  await pg('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await findFreePort(55433);
  const serverOptions = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1`;
  let running = false;
  const cluster: PrivatePostgres = {
    port,
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async start() {
      await pg('pg_ctl', ['start', '-w', '-t', '60', '-D', dataDir, '-l', logFile, '-o', serverOptions]);
      running = true;
    },
    async stopFast() {
      await pg('pg_ctl', ['stop', '-w', '-t', '60', '-m', 'fast', '-D', dataDir]);
      running = false;
    },
    async remove() {
      if (running) await pg('pg_ctl', ['stop', '-w', '-m', 'immediate', '-D', dataDir]).catch(() => undefined);
      fs.rmSync(folder, { recursive: true, force: true });
    },
  };
  return cluster;
}
