/**
 * The e-mail outbox against a real SMTP server (smtp-server, on a random port in this test):
 * each unsent notification arrives once, in its recipient's language, with a link and a
 * neutral text, never with the citizen's name, CPR number or the task's title; two senders
 * working at once never send the same notification twice; a failure is recorded.
 */
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { sendPendingNotificationEmails, smtpMailSender, type MailSender } from '../src/modules/notifications/email-outbox';
import { createNotifications } from '../src/modules/notifications/notification-service';
import { createTestApp, type TestApp } from './support/test-app';
import { createScratchDatabase, type ScratchDatabase } from './support/scratch-database';
import { createCitizen, createMunicipalityWithStaff, createTask, createUser } from './support/factories';

interface Received {
  readonly to: string[];
  readonly raw: string;
}

let t: TestApp;
// A database of its own: the outbox sends every pending notification, and on a shared
// PostgreSQL other test files (and earlier runs) leave notifications nobody e-mailed.
let scratch: ScratchDatabase;
let smtp: SMTPServer;
let port = 0;
const received: Received[] = [];

beforeAll(async () => {
  scratch = await createScratchDatabase();
  t = await createTestApp({ DATABASE_URL: scratch.url });
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(resolve));
  await t.close();
  await scratch.drop();
});

/** The text part of a received message, quoted-printable decoded. */
function bodyOf(raw: string): string {
  const [, ...rest] = raw.split(/\r?\n\r?\n/);
  const joined = rest.join('\n\n').replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(joined[i] ?? '', 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

function subjectOf(raw: string): string {
  return /^Subject: (.*)$/m.exec(raw)?.[1] ?? '';
}

async function scene() {
  const staff = await createMunicipalityWithStaff(t.db);
  const danish = await createUser(t.db, staff.organisation.id, { role: 'unit_member', unitIds: [staff.unit.id] });
  const english = await createUser(t.db, staff.organisation.id, { role: 'unit_member', unitIds: [staff.unit.id] });
  await t.db.updateTable('users').set({ locale: 'en' }).where('id', '=', english.id).execute();
  const citizen = await createCitizen(t.db, {
    handlekommuneId: staff.organisation.id,
    firstName: 'Hemmelig',
    lastName: 'Borgersen',
  });
  const task = await createTask(t.db, {
    organisationId: staff.organisation.id,
    citizenId: citizen.id,
    unitId: staff.unit.id,
    title: 'Henvis til misbrugsbehandling',
  });
  await t.db.transaction().execute((tx) =>
    createNotifications(tx, {
      userIds: [danish.id, english.id],
      kind: 'task_opened',
      taskId: task.id,
      citizenId: citizen.id,
      link: `/inbox?task=${task.id}`,
      words: { task: task.title, unit: staff.unit.name },
    }),
  );
  return { staff, danish, english, citizen, task };
}

const sender = () => smtpMailSender({ url: `smtp://127.0.0.1:${port}`, from: 'Hjemvej <noreply@test.hjemvej.dk>' });

describe('e-mail outbox', () => {
  it('delivers each notification once, in the recipient’s language, with a link and nothing sensitive', async () => {
    const s = await scene();
    const mail = sender();
    // Other test files may share the database and have notifications waiting too: send until none are left.
    let result = await sendPendingNotificationEmails(t.db, mail, { publicUrl: 'https://hjemvej.test' });
    let failed = result.failed;
    while (result.sent > 0) {
      result = await sendPendingNotificationEmails(t.db, mail, { publicUrl: 'https://hjemvej.test' });
      failed += result.failed;
    }
    mail.close();
    expect(failed).toBe(0);
    const toDanish = received.filter((m) => m.to.includes(s.danish.email));
    const toEnglish = received.filter((m) => m.to.includes(s.english.email));
    expect(toDanish).toHaveLength(1);
    expect(toEnglish).toHaveLength(1);
    expect(subjectOf(toDanish[0]!.raw)).toBe('Hjemvej: Der er en ny opgave til din enhed.');
    expect(subjectOf(toEnglish[0]!.raw)).toBe('Hjemvej: There is a new task for your unit.');
    const danishBody = bodyOf(toDanish[0]!.raw);
    expect(danishBody).toContain(`https://hjemvej.test/inbox?task=${s.task.id}`);
    expect(danishBody).toContain('Denne e-mail indeholder ingen personoplysninger');
    expect(bodyOf(toEnglish[0]!.raw)).toContain('Sign in to Hjemvej');
    for (const message of [...toDanish, ...toEnglish]) {
      for (const secret of ['Hemmelig', 'Borgersen', s.citizen.cpr ?? '', 'misbrugsbehandling', s.citizen.id]) {
        expect(message.raw).not.toContain(secret);
        expect(bodyOf(message.raw)).not.toContain(secret);
      }
    }
    const rows = await t.db
      .selectFrom('notifications')
      .select(['emailed_at', 'email_error'])
      .where('task_id', '=', s.task.id)
      .execute();
    expect(rows.every((r) => r.emailed_at !== null && r.email_error === null)).toBe(true);
    // Nothing is sent again (other test files may share the database: count only these recipients).
    const again = sender();
    const count = received.length;
    await sendPendingNotificationEmails(t.db, again, { publicUrl: 'https://hjemvej.test' });
    again.close();
    expect(received.slice(count).filter((m) => m.to.includes(s.danish.email) || m.to.includes(s.english.email))).toEqual([]);
  });

  it('two senders at once never send the same notification twice', async () => {
    const s = await scene();
    const before = received.length;
    const a = sender();
    const b = sender();
    const [ra, rb] = await Promise.all([
      sendPendingNotificationEmails(t.db, a, { publicUrl: 'https://hjemvej.test', batchSize: 1 }),
      sendPendingNotificationEmails(t.db, b, { publicUrl: 'https://hjemvej.test', batchSize: 1 }),
    ]);
    expect(ra.sent + rb.sent).toBeLessThanOrEqual(2);
    // Drain the rest (other test files may share the database).
    while ((await sendPendingNotificationEmails(t.db, a, { publicUrl: 'https://hjemvej.test' })).sent > 0);
    a.close();
    b.close();
    const mine = received.slice(before).filter((m) => m.to.includes(s.danish.email) || m.to.includes(s.english.email));
    expect(mine).toHaveLength(2);
  });

  it('records a failure on the notification instead of retrying it forever', async () => {
    const s = await scene();
    const failing: MailSender = {
      send: () => Promise.reject(new Error('550 mailbox unavailable')),
      close: () => undefined,
    };
    const result = await sendPendingNotificationEmails(t.db, failing, { publicUrl: 'https://hjemvej.test' });
    expect(result.failed).toBeGreaterThanOrEqual(2);
    const rows = await t.db
      .selectFrom('notifications')
      .select(['emailed_at', 'email_error'])
      .where('task_id', '=', s.task.id)
      .execute();
    expect(rows).toEqual([
      { emailed_at: null, email_error: '550 mailbox unavailable' },
      { emailed_at: null, email_error: '550 mailbox unavailable' },
    ]);
  });
});
