import { describe, expect, it } from 'vitest';
import { MAX_FIRST_NAME, fillPlaceholders, firstName, withUntranslatedNote, workerAuthor } from './worker-author.ts';

describe('firstName', () => {
  it('is the first word of the staff name', () => {
    expect(firstName('Anna de Vries')).toBe('Anna');
    expect(firstName('  Jan-Willem  Bakker ')).toBe('Jan-Willem');
    expect(firstName('Zoë')).toBe('Zoë');
    expect(firstName('Ștefan Popescu')).toBe('Ștefan');
  });

  it('never shows an email address: only the mailbox\'s first part, capitalised', () => {
    expect(firstName('anna.de.vries@demostad.nl')).toBe('Anna');
    expect(firstName('bram_jansen@example.org')).toBe('Bram');
    expect(firstName('@example.org')).toBeUndefined();
  });

  it('drops control and invisible characters, cuts very long names, and gives up on nothing usable', () => {
    expect(firstName('\u0000Anna\u202e de Vries')).toBe('Anna');
    expect(firstName('A'.repeat(100))).toHaveLength(MAX_FIRST_NAME);
    expect(firstName('   ')).toBeUndefined();
    expect(firstName('--- ***')).toBeUndefined();
  });
});

describe('workerAuthor', () => {
  it('signs with the first name and the municipality; the municipality stands in for an unusable name', () => {
    expect(workerAuthor('Anna de Vries', 'Gemeente Demostad')).toEqual({ kind: 'worker', name: 'Anna', organization: 'Gemeente Demostad' });
    expect(workerAuthor('***', 'Gemeente Demostad')).toEqual({ kind: 'worker', name: 'Gemeente Demostad', organization: 'Gemeente Demostad' });
  });
});

describe('texts', () => {
  it('fills placeholders and leaves unknown ones', () => {
    expect(fillPlaceholders('{name} from {organization} {other}', { name: 'Anna', organization: 'Demostad' })).toBe('Anna from Demostad {other}');
  });

  it('puts the untranslated note, in italics, above the worker\'s own words', () => {
    expect(withUntranslatedNote(' Not translated. ', 'Ik bel u morgen')).toBe('_Not translated._\n\nIk bel u morgen');
  });
});
