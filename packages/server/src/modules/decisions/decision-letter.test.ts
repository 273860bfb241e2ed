import { describe, expect, it } from 'vitest';
import type { DecisionContent } from '@hjemvej/contract';
import { defaultAppealGuidance } from './appeal-guidance';
import { formatLongDateDa, renderDecisionLetter } from './decision-letter';

const decision: DecisionContent = {
  kind: '85a',
  method: 'cti',
  outcome: 'granted',
  decidedOn: '2026-02-03',
  periodFrom: '2026-02-15',
  periodTo: '2026-11-14',
  reasons: 'Du skal flytte i egen bolig og har brug for støtte til at falde til.',
  wishedProvider: 'Kirkens Korshær',
  wishFollowed: false,
  reasonIfNotFollowed: 'CTI gives kun af kommunens eget team.',
  appealGuidance: defaultAppealGuidance('Odense Kommune'),
};

const input = {
  municipalityName: 'Odense Kommune',
  letterDate: '2026-02-04',
  citizen: { name: 'Lars Holm', maskedCpr: '010180-xxxx' },
  decision,
  caseworkerName: 'Kirsten Sagsbehandler',
};

describe('renderDecisionLetter', () => {
  it('writes the decision in plain Danish with header, period, reasons, the wish paragraph and the appeal guidance', () => {
    const { subject, html } = renderDecisionLetter(input);
    expect(subject).toBe(
      'Afgørelse om bostøtte efter Housing First-metoden CTI (Critical Time Intervention) (servicelovens § 85 a)',
    );
    expect(html).toContain('<strong>Odense Kommune</strong>');
    expect(html).toContain('4. februar 2026');
    expect(html).toContain('Lars Holm<br>CPR-nr. 010180-xxxx');
    expect(html).toContain('Den 3. februar 2026 har vi besluttet, at du får bostøtte');
    expect(html).toContain('Afgørelsen gælder fra 15. februar 2026 til 14. november 2026.');
    expect(html).toContain('Du har ønsket, at Kirkens Korshær skal give dig støtten.');
    expect(html).toContain('CTI gives kun af kommunens eget team.');
    expect(html).toContain('servicelovens § 85 a, stk. 2');
    expect(html).toContain('Klagevejledning');
    expect(html).toContain('senest 4 uger');
    expect(html).toContain('Kirsten Sagsbehandler');
  });

  it('says no plainly for a refusal, leaves out the period, and says when a wish is followed', () => {
    const { html } = renderDecisionLetter({
      ...input,
      decision: { ...decision, kind: '107', method: null, outcome: 'refused', wishFollowed: true, reasonIfNotFollowed: null },
    });
    expect(html).toContain('har vi besluttet, at du ikke får et midlertidigt botilbud (servicelovens § 107)');
    expect(html).not.toContain('Afgørelsen gælder fra');
    expect(html).toContain('Det ønske følger vi.');
    expect(html).not.toContain('§ 85 a, stk. 2');
  });

  it('escapes every text from the case', () => {
    const { html } = renderDecisionLetter({
      ...input,
      citizen: { name: '<script>x</script>', maskedCpr: null },
      decision: { ...decision, reasons: 'a & b <b>' },
    });
    expect(html).not.toContain('<script>x');
    expect(html).toContain('&lt;script&gt;x&lt;/script&gt;');
    expect(html).toContain('a &amp; b &lt;b&gt;');
  });

  it('writes long Danish dates', () => {
    expect(formatLongDateDa('2025-12-24')).toBe('24. december 2025');
  });
});
