import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '../../core/languages/index.ts';
import { TELEGRAM_TEXTS } from '../../flows/channel-texts/index.ts';
import { detectCommand } from '../../flows/index.ts';
import { BOT_COMMANDS, botCommands } from './bot-profile.ts';

describe('bot commands', () => {
  it.each(SUPPORTED_LANGUAGES)('every registered command means something to the core in %s', (lang) => {
    const meaning = Object.fromEntries(BOT_COMMANDS.map((command) => [command, detectCommand(`/${command}`, lang)]));
    expect(meaning).toEqual({ start: 'menu', menu: 'menu', language: 'language', human: 'person', privacy: 'privacy', mydata: 'mydata' });
    expect(detectCommand('/start voorbeeld', lang)).toBe('menu');
  });
});

describe('botCommands', () => {
  it('lists the six commands with the language\'s descriptions, in menu order', () => {
    expect(botCommands(TELEGRAM_TEXTS.pl)).toEqual([
      { command: 'start', description: 'Rozpocznij rozmowę' },
      { command: 'menu', description: 'Pokaż tematy' },
      { command: 'language', description: 'Zmień język' },
      { command: 'human', description: 'Rozmowa z człowiekiem' },
      { command: 'privacy', description: 'Prywatność i Twoje dane' },
      { command: 'mydata', description: 'Co o Tobie przechowujemy' },
    ]);
  });
});
