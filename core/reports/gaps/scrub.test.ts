import { describe, expect, it } from 'vitest';
import { scrubPersonalData } from './scrub.ts';

describe('scrubbing personal data from a kept question', () => {
  it('phone numbers: Dutch mobile and landline, international, with spaces, dashes and brackets', () => {
    expect(scrubPersonalData('call me on 06-12345678 please')).toBe('call me on [phone] please');
    expect(scrubPersonalData('mój numer +31 6 1234 5678')).toBe('mój numer [phone]');
    expect(scrubPersonalData('zadzwoń 0048 600 100 200 albo (010) 123 45 67')).toBe('zadzwoń [phone] albo [phone]');
  });

  it('e-mail addresses', () => {
    expect(scrubPersonalData('write to jan.kowalski+werk@gmail.com about it')).toBe('write to [email] about it');
    expect(scrubPersonalData('ion_popescu@yahoo.ro nu răspunde')).toBe('[email] nu răspunde');
  });

  it('IBAN, with or without spaces, valid or mistyped', () => {
    expect(scrubPersonalData('my IBAN NL91ABNA0417164300 is wrong')).toBe('my IBAN [iban] is wrong');
    expect(scrubPersonalData('konto PL61 1090 1014 0000 0712 1981 2874')).toBe('konto [iban]');
    expect(scrubPersonalData('iban nl91 abna 0417 1643 01')).toBe('iban [iban]');
  });

  it('BSN and other long numbers (8 or more digits), but not amounts, years or dates', () => {
    expect(scrubPersonalData('my BSN is 123456782')).toBe('my BSN is [number]');
    expect(scrubPersonalData('BSN 1234.56.782?')).toBe('BSN [number]?');
    expect(scrubPersonalData('I earned 1500 euro in 2024 from 01-07-2025')).toBe('I earned 1500 euro in 2024 from 01-07-2025');
  });

  it('Dutch postcodes with house numbers, and streets with house numbers', () => {
    expect(scrubPersonalData('I live at Kerkstraat 12a, 1234 AB Rotterdam')).toBe('I live at [address], [address] Rotterdam');
    expect(scrubPersonalData('postcode 1234ab 5 please')).toBe('postcode [address] please');
    expect(scrubPersonalData('mieszkam 3011 BC 7-II')).toBe('mieszkam [address]');
    expect(scrubPersonalData('ul. Długa 5 w Gdańsku')).toBe('[address] w Gdańsku');
    expect(scrubPersonalData('locuiesc pe strada Florilor 12 în Cluj')).toBe('locuiesc pe [address] în Cluj');
  });

  it('names: tagged by compromise, and after "my name is" in the migrants\' languages', () => {
    expect(scrubPersonalData('My boss Mark Smith does not pay me')).toBe('My boss [name] does not pay me');
    expect(scrubPersonalData('My name is Jan Kowalski, where do I get a BSN?')).toBe('My name is [name], where do I get a BSN?');
    expect(scrubPersonalData('Nazywam się Anna Wiśniewska, gdzie jest gemeente?')).toBe('Nazywam się [name], gdzie jest gemeente?');
    expect(scrubPersonalData('mă numesc ion popescu nu am primit salariul')).toBe('mă numesc [name] nu am primit salariul');
    expect(scrubPersonalData('Казвам се Петър Иванов')).toBe('Казвам се [name]');
  });

  it('leaves ordinary questions alone', () => {
    for (const q of ['Jak dostać numer BSN?', 'Cum îmi fac asigurare de sănătate în Olanda?', 'Can I get zorgtoeslag when I work via an uitzendbureau?']) {
      expect(scrubPersonalData(q)).toBe(q);
    }
  });
});
