/**
 * A demo programme for the national consultant: "Udbredelse af Housing First (demo)", run by
 * the demo agency, with Demo Kommune as ambassador, three of the national picture's further
 * municipalities (Lystrup, with three citizens, shows "<5" in the programme's figures) and
 * Forsorgshjemmet Havnely as members, and a few of the travelling team's activities. No
 * citizen appears anywhere in it.
 */
import { addDays, addMonths, type IsoDate, type ProgrammeActivityKind, type ProgrammeMemberRole } from '@hjemvej/domain';
import type { Tx } from './citizens/writer';
import { insertRow, insertRows } from '../database/row-writes';

const members: readonly { name: string; role: ProgrammeMemberRole; methods: string[]; joinedMonthsAgo: number }[] = [
  { name: 'Demo Kommune', role: 'ambassador', methods: ['cti', 'icm', 'act'], joinedMonthsAgo: 24 },
  { name: 'Fjordby Kommune', role: 'participant', methods: ['icm'], joinedMonthsAgo: 24 },
  { name: 'Skovlund Kommune', role: 'participant', methods: ['cti'], joinedMonthsAgo: 18 },
  { name: 'Lystrup Kommune', role: 'participant', methods: ['icm'], joinedMonthsAgo: 12 },
  { name: 'Forsorgshjemmet Havnely', role: 'participant', methods: ['cti'], joinedMonthsAgo: 18 },
];

const activities: readonly { kind: ProgrammeActivityKind; daysAgo: number; topic: string; note: string; members: string[] }[] = [
  {
    kind: 'seminar',
    daysAgo: 700,
    topic: 'Housing First-seminar for interne og eksterne samarbejdspartnere',
    note: 'Boligselskaber, jobcenter og psykiatri deltog. Næste skridt: fælles visitationsmøde.',
    members: ['Demo Kommune', 'Fjordby Kommune'],
  },
  {
    kind: 'visit',
    daysAgo: 420,
    topic: 'Halvårligt besøg: implementering af ICM',
    note: 'Teamet mangler en fast kontaktperson i boliganvisningen.',
    members: ['Fjordby Kommune'],
  },
  {
    kind: 'network_meeting',
    daysAgo: 250,
    topic: 'Netværksmøde: udskrivning fra forsorgshjem til egen bolig',
    note: 'Ambassadørkommunen fortalte om sin samarbejdsaftale med forsorgshjemmet.',
    members: ['Demo Kommune', 'Skovlund Kommune', 'Forsorgshjemmet Havnely'],
  },
  {
    kind: 'phone_advice',
    daysAgo: 90,
    topic: 'Visitation til CTI efter løsladelse',
    note: '',
    members: ['Lystrup Kommune'],
  },
  {
    kind: 'competence_development',
    daysAgo: 30,
    topic: 'Metodekursus i ICM for nye medarbejdere',
    note: 'Seks medarbejdere fra to kommuner.',
    members: ['Fjordby Kommune', 'Lystrup Kommune'],
  },
];

export async function seedDemoProgrammes(tx: Tx, today: IsoDate, agencyId: string): Promise<void> {
  const owner = await tx
    .selectFrom('users')
    .select('id')
    .where('organisation_id', '=', agencyId)
    .where('role', '=', 'national_consultant')
    .orderBy('email')
    .executeTakeFirst();
  if (!owner) return;
  const startsOn = addMonths(today, -24);
  const programmeId = await insertRow(tx, 'programmes', {
    organisation_id: agencyId,
    name: 'Udbredelse af Housing First (demo)',
    starts_on: startsOn,
    ends_on: addMonths(today, 12),
    owner_user_id: owner.id,
    description:
      'Rejseholdet giver implementeringsstøtte i kommunerne, netværk på tværs, telefonisk rådgivning og kompetenceudvikling. Ambassadørkommunen rådgiver de nye gennem eksemplets magt.',
    created_by_user_id: owner.id,
    updated_by_user_id: owner.id,
  });
  const organisations = await tx
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where('is_demo', '=', true)
    .where(
      'name',
      'in',
      members.map((m) => m.name),
    )
    .execute();
  const memberIds = new Map<string, string>();
  for (const member of members) {
    const organisation = organisations.find((o) => o.name === member.name);
    if (!organisation) continue;
    const joinedOn = addMonths(today, -member.joinedMonthsAgo);
    const id = await insertRow(tx, 'programme_members', {
      programme_id: programmeId,
      organisation_id: organisation.id,
      role: member.role,
      methods: JSON.stringify(member.methods),
      joined_on: joinedOn < startsOn ? startsOn : joinedOn,
      left_on: null,
    });
    memberIds.set(member.name, id);
  }
  for (const activity of activities) {
    const id = await insertRow(tx, 'programme_activities', {
      programme_id: programmeId,
      kind: activity.kind,
      occurred_on: addDays(today, -activity.daysAgo),
      topic: activity.topic,
      note: activity.note,
      created_by_user_id: owner.id,
    });
    const involved = activity.members.map((name) => memberIds.get(name)).filter((m): m is string => m !== undefined);
    await insertRows(
      tx,
      'programme_activity_members',
      involved.map((member_id) => ({ activity_id: id, member_id })),
    );
  }
}
