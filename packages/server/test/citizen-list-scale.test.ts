/**
 * The citizen list beyond the persons it reads by id (issue 9): a municipality with more persons
 * than that is paged in name order from the name index; both ways answer the same pages, totals
 * and linked records.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { CitizenList } from '@hjemvej/contract';
import { call, useTestApp } from './support/test-app';
import { signedInMunicipality } from './support/scenarios';
import { createCitizen } from './support/factories';

const t = useTestApp();

describe('a large municipality’s citizen list', () => {
  it('pages 2,100 persons in name order with the right total, the search and linked records included', async () => {
    const m = await signedInMunicipality(t);
    const other = await signedInMunicipality(t);
    await sql`
      INSERT INTO citizens (handlekommune_id, first_name, last_name, created_by_organisation_id)
      SELECT ${m.organisation.id}, 'Person' || n, CASE WHEN n % 100 = 0 THEN 'Hansen' ELSE 'Navn' || lpad(n::text, 4, '0') END,
             ${m.organisation.id}
      FROM generate_series(1, 2100) AS n`.execute(t.db);
    // A person of another municipality whose linked record is this municipality's: in scope, listed once.
    const survivor = await createCitizen(t.db, { handlekommuneId: other.organisation.id, firstName: 'Aage', lastName: 'Aabye' });
    const linked = await createCitizen(t.db, { handlekommuneId: m.organisation.id, firstName: 'Aage', lastName: 'Aabye' });
    await t.db.updateTable('citizens').set({ merged_into_id: survivor.id }).where('id', '=', linked.id).execute();

    const page = async (query: string) => {
      const response = await call(t.app, m.session, { method: 'GET', url: `/api/citizens?${query}` });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<CitizenList>();
    };
    const first = await page('pageSize=25');
    expect(first.total).toBe(2101);
    expect(first.items.map((c) => c.lastName)).toEqual([
      'Aabye',
      ...Array<string>(21).fill('Hansen'),
      'Navn0001',
      'Navn0002',
      'Navn0003',
    ]);
    expect(first.items[0]?.id).toBe(survivor.id);
    const last = await page('pageSize=25&page=85');
    expect(last.items.map((c) => c.lastName)).toEqual(['Navn2099']);
    const hansen = await page('search=hansen&pageSize=25');
    expect(hansen.total).toBe(21);
    expect(hansen.items).toHaveLength(21);
    expect(hansen.items.map((c) => c.firstName)).toEqual([...hansen.items.map((c) => c.firstName)].sort());
    // The other municipality sees its own person, not the 2,100.
    const theirs = await call(t.app, other.session, { method: 'GET', url: '/api/citizens?pageSize=25' });
    expect(theirs.json<CitizenList>().items.map((c) => c.id)).toEqual([survivor.id]);
  });
});
