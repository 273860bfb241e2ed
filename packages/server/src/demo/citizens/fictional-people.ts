/**
 * Fictional people: Danish names, CPR numbers and Boligselskabet Fjordbo addresses.
 *
 * CPR numbers: the date part is the (fictional) birth date and always a real date; the four
 * last digits are a serial in the range 9900–9999 for the hand-made demo citizens and
 * 9000–9899 for generated ones (generate-citizens.ts). With a 7th digit of 9 the century
 * rule gives 1937–1999 for yy 37–99 and 2000–2036 for yy 00–36, so every number parses with
 * the domain's `parseCpr`. The last digit's parity follows the person's legal sex. The numbers
 * are made up and never checked against CPR: all demo citizens are marked is_demo.
 */
import { type IsoDate } from '@hjemvej/domain';

export type Sex = 'm' | 'f';

export function fictionalCpr(birthDate: IsoDate, sex: Sex, serial: number): string {
  const [year, month, day] = [birthDate.slice(2, 4), birthDate.slice(5, 7), birthDate.slice(8, 10)];
  const base = Math.trunc(serial) - (Math.trunc(serial) % 2);
  const value = sex === 'm' ? base + 1 : base;
  return `${day}${month}${year}${String(value).padStart(4, '0')}`;
}

export const maleFirstNames = [
  'Anders',
  'Allan',
  'Bent',
  'Bo',
  'Brian',
  'Carsten',
  'Claus',
  'Dennis',
  'Emil',
  'Erik',
  'Flemming',
  'Frank',
  'Hans',
  'Henrik',
  'Jan',
  'Jesper',
  'Jonas',
  'Jørgen',
  'Kasper',
  'Kenneth',
  'Kim',
  'Kurt',
  'Lars',
  'Mads',
  'Martin',
  'Michael',
  'Morten',
  'Niels',
  'Nikolaj',
  'Ole',
  'Peter',
  'Per',
  'Poul',
  'René',
  'Rasmus',
  'Simon',
  'Steen',
  'Søren',
  'Thomas',
  'Tobias',
  'Torben',
  'Ulrik',
  'Jens',
  'Johnny',
  'Mikkel',
  'Palle',
  'Preben',
  'Ahmed',
  'Ali',
  'Tommy',
] as const;

export const femaleFirstNames = [
  'Anja',
  'Anne',
  'Birgitte',
  'Bettina',
  'Camilla',
  'Charlotte',
  'Dorthe',
  'Gitte',
  'Hanne',
  'Heidi',
  'Helle',
  'Ida',
  'Jannie',
  'Jette',
  'Karina',
  'Katrine',
  'Lene',
  'Lone',
  'Louise',
  'Maja',
  'Marianne',
  'Mette',
  'Mona',
  'Natasja',
  'Pia',
  'Rikke',
  'Sara',
  'Susanne',
  'Tina',
  'Ulla',
  'Vibeke',
  'Winnie',
  'Yvonne',
  'Zahra',
  'Tanja',
  'Sanne',
] as const;

export const lastNames = [
  'Andersen',
  'Bak',
  'Bech',
  'Berg',
  'Brandt',
  'Bruun',
  'Christensen',
  'Clausen',
  'Dahl',
  'Dam',
  'Eriksen',
  'Frederiksen',
  'Friis',
  'Frost',
  'Hansen',
  'Holm',
  'Iversen',
  'Jakobsen',
  'Jensen',
  'Johansen',
  'Jørgensen',
  'Kjeldsen',
  'Koch',
  'Kristensen',
  'Kristiansen',
  'Krogh',
  'Larsen',
  'Lauridsen',
  'Lind',
  'Lund',
  'Madsen',
  'Mikkelsen',
  'Mogensen',
  'Mortensen',
  'Møller',
  'Nielsen',
  'Nygaard',
  'Olsen',
  'Overgaard',
  'Pedersen',
  'Petersen',
  'Poulsen',
  'Rasmussen',
  'Schmidt',
  'Skov',
  'Svendsen',
  'Sørensen',
  'Thomsen',
  'Vestergaard',
  'Vinther',
  'Winther',
  'Østergaard',
] as const;

/** Boligselskabet Fjordbo's (fictional) estates in Demoby; with a dwelling number they are unique addresses. */
export const fjordboStreets = [
  'Fjordparken',
  'Ålekistevej',
  'Havnegade',
  'Bøgeparken',
  'Strandgårdsvej',
  'Lærkevænget',
  'Skibbroen',
] as const;

const floors = ['st. th.', 'st. tv.', '1. th.', '1. tv.', '2. th.', '2. tv.', '3. mf.'] as const;

/** A Fjordbo address, e.g. 'Fjordparken 14, 1. tv., 9999 Demoby'. */
export function fjordboAddress(index: number): string {
  const street = fjordboStreets[index % fjordboStreets.length] ?? 'Fjordparken';
  const floor = floors[(index * 3) % floors.length] ?? 'st. th.';
  return `${street} ${2 + ((index * 7) % 48)}, ${floor}, 9999 Demoby`;
}

/** A rent in the band of the cheap social dwellings (3.500–5.500 kr.), rounded to 25 kr. */
export function fjordboRent(index: number): number {
  return 3_500 + ((index * 775) % 2_001) - (((index * 775) % 2_001) % 25);
}
