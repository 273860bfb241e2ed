/**
 * The default klagevejledning (appeal guidance) of a decision under Serviceloven, in plain
 * Danish. A decision may be appealed to Ankestyrelsen (Serviceloven § 166); the complaint is
 * sent to the municipality within 4 weeks, which looks at the case again first
 * (retssikkerhedsloven §§ 66–67). The caseworker may write another text on the decision.
 */
export function defaultAppealGuidance(municipalityName: string): string {
  return [
    `Hvis du er uenig i afgørelsen, kan du klage. Din klage skal være modtaget hos ${municipalityName} senest 4 uger efter, at du har fået denne afgørelse.`,
    'Du kan klage skriftligt eller mundtligt, for eksempel ved at skrive eller ringe til din sagsbehandler. Du kan også få en anden til at klage for dig, og du kan få hjælp til at skrive klagen.',
    `${municipalityName} ser på sagen igen. Hvis vi ikke giver dig ret, sender vi din klage videre til Ankestyrelsen inden for 4 uger, og du får besked om det.`,
    'Reglerne står i servicelovens § 166 og i retssikkerhedslovens §§ 66 og 67.',
  ].join('\n\n');
}
