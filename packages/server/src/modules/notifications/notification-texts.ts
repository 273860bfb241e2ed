/**
 * The words of notifications, in the recipient's language. In-app titles may name the task
 * and the unit (the recipient can open the task); they never name the citizen. E-mails are
 * neutral: a subject and sentence that say only that something waits in Hjemvej, and a link,
 * because e-mail leaves the system (no CPR, no names, no task titles, nothing sensitive).
 */
import type { Locale } from '@hjemvej/contract';
import type { NotificationKind } from '../../database/schema';

export interface NotificationWords {
  readonly task?: string;
  readonly unit?: string;
  /** Free words for kinds written by other modules (agreements, meetings). */
  readonly text?: string;
}

type Texts = Record<NotificationKind, { title: string; body: string; email: string }>;

const da: Texts = {
  task_assigned: { title: 'Opgave givet til dig: {task}', body: 'Enhed: {unit}.', email: 'En opgave er givet til dig.' },
  task_opened: {
    title: 'Ny opgave til {unit}: {task}',
    body: 'Opgaven kan løses nu.',
    email: 'Der er en ny opgave til din enhed.',
  },
  task_comment: { title: 'Ny kommentar: {task}', body: 'Enhed: {unit}.', email: 'Der er en ny kommentar til en opgave.' },
  task_blocked: {
    title: 'Opgaven venter: {task}',
    body: 'Enhed: {unit}. Venter på: {text}.',
    email: 'En opgave er sat til at vente.',
  },
  task_done: { title: 'Opgave løst: {task}', body: 'Enhed: {unit}.', email: 'En opgave er løst.' },
  task_urgent: {
    title: 'Housing First haster: {task}',
    body: 'Enhed: {unit}. Opgaven har fået kortere frist.',
    email: 'En opgave haster.',
  },
  task_overdue: { title: 'Frist overskredet: {task}', body: 'Enhed: {unit}.', email: 'En opgave har overskredet sin frist.' },
  task_escalated: {
    title: 'Overskredet frist i {unit}: {task}',
    body: 'Opgaven er {text} arbejdsdage over fristen.',
    email: 'En opgave i en af dine enheder er over fristen.',
  },
  agreement_revisit: { title: 'Samarbejdsaftale skal genbesøges', body: '{text}', email: 'En samarbejdsaftale skal genbesøges.' },
  agreement_signer_left: {
    title: 'En underskriver af en samarbejdsaftale er stoppet',
    body: '{text}',
    email: 'En samarbejdsaftale skal ses efter.',
  },
  meeting_decision: {
    title: 'Beslutning fra netværksmøde: {task}',
    body: '{text}',
    email: 'Der er en ny opgave fra et netværksmøde.',
  },
  vacancy_escalated: {
    title: 'Ledig bolig i {text} dage: {task}',
    body: 'Kommunen betaler huslejen, indtil boligen er udlejet.',
    email: 'En ledig bolig venter på anvisning.',
  },
};

const en: Texts = {
  task_assigned: { title: 'Task given to you: {task}', body: 'Unit: {unit}.', email: 'A task has been given to you.' },
  task_opened: {
    title: 'New task for {unit}: {task}',
    body: 'The task can be done now.',
    email: 'There is a new task for your unit.',
  },
  task_comment: { title: 'New comment: {task}', body: 'Unit: {unit}.', email: 'There is a new comment on a task.' },
  task_blocked: {
    title: 'Task is waiting: {task}',
    body: 'Unit: {unit}. Waiting for: {text}.',
    email: 'A task has been put on hold.',
  },
  task_done: { title: 'Task done: {task}', body: 'Unit: {unit}.', email: 'A task is done.' },
  task_urgent: {
    title: 'Housing First urgent: {task}',
    body: 'Unit: {unit}. The task has a shorter deadline.',
    email: 'A task is urgent.',
  },
  task_overdue: { title: 'Deadline passed: {task}', body: 'Unit: {unit}.', email: 'A task has passed its deadline.' },
  task_escalated: {
    title: 'Overdue in {unit}: {task}',
    body: 'The task is {text} working days past its deadline.',
    email: 'A task in one of your units is past its deadline.',
  },
  agreement_revisit: {
    title: 'A collaboration agreement is due for revisiting',
    body: '{text}',
    email: 'A collaboration agreement is due for revisiting.',
  },
  agreement_signer_left: {
    title: 'A signatory of a collaboration agreement has left',
    body: '{text}',
    email: 'A collaboration agreement needs attention.',
  },
  meeting_decision: {
    title: 'Decision from a network meeting: {task}',
    body: '{text}',
    email: 'There is a new task from a network meeting.',
  },
  vacancy_escalated: {
    title: 'Dwelling vacant for {text} days: {task}',
    body: 'The municipality pays the rent until the dwelling is let.',
    email: 'A vacant dwelling is waiting for allocation.',
  },
};

const catalogues: Record<Locale, Texts> = { da, en };

function fill(template: string, words: NotificationWords): string {
  return template.replace(/\{(task|unit|text)\}/g, (_whole, name: 'task' | 'unit' | 'text') => words[name] ?? '');
}

export function notificationText(
  locale: Locale,
  kind: NotificationKind,
  words: NotificationWords,
): { title: string; body: string } {
  const texts = catalogues[locale][kind];
  return { title: fill(texts.title, words).slice(0, 300), body: fill(texts.body, words).slice(0, 2000) };
}

/** The neutral e-mail: nothing but that something waits, and the link. */
export function notificationEmail(locale: Locale, kind: NotificationKind, link: string): { subject: string; text: string } {
  const sentence = catalogues[locale][kind].email;
  if (locale === 'da') {
    return {
      subject: `Hjemvej: ${sentence}`,
      text: `${sentence}\n\nLog ind i Hjemvej for at se den:\n${link}\n\nDenne e-mail indeholder ingen personoplysninger. Du får den, fordi du er bruger af Hjemvej.\n`,
    };
  }
  return {
    subject: `Hjemvej: ${sentence}`,
    text: `${sentence}\n\nSign in to Hjemvej to see it:\n${link}\n\nThis e-mail contains no personal data. You receive it because you are a Hjemvej user.\n`,
  };
}
