import { execFile } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, createWhatsAppWebClient } from './web-client.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
let dir: string | undefined;

afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('createWhatsAppWebClient', () => {
  it('builds a client with LocalAuth in the data directory and Debian\'s Chromium, without starting the browser', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'wweb-'));
    const dataDir = path.join(dir, 'session');
    const client = (await createWhatsAppWebClient({ dataDir, chromiumPath: '/usr/bin/chromium' })) as unknown as {
      options: { puppeteer: { executablePath: string; headless: boolean; args: string[] }; authStrategy: { dataPath: string; constructor: { name: string } } };
      pupBrowser?: unknown;
    };
    expect(client.options.puppeteer).toMatchObject({ executablePath: '/usr/bin/chromium', headless: true });
    expect(client.options.puppeteer.args).toEqual([...CHROMIUM_ARGS]);
    expect(client.options.puppeteer.args).toEqual(expect.arrayContaining(['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']));
    expect(client.options.authStrategy.constructor.name).toBe('LocalAuth');
    expect(client.options.authStrategy.dataPath).toBe(dataDir);
    expect((await stat(dataDir)).isDirectory()).toBe(true);
    expect(client.pupBrowser ?? null).toBeNull();
  });
});

describe('puppeteer never downloads a browser', () => {
  /** Puppeteer's configuration as its install script sees it, from `cwd`. */
  async function puppeteerConfiguration(cwd: string): Promise<{ skipDownload?: boolean; chrome?: { skipDownload?: boolean }; 'chrome-headless-shell'?: { skipDownload?: boolean } }> {
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PUPPETEER_')));
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', "process.stdout.write(JSON.stringify(require('puppeteer').default.configuration))"], { cwd, env });
    return JSON.parse(stdout);
  }

  it.each([
    ['the project root', ROOT],
    ['the package folder (where npm runs its postinstall)', path.join(ROOT, 'node_modules/puppeteer')],
  ])('.puppeteerrc.cjs is honoured from %s', async (_where, cwd) => {
    const configuration = await puppeteerConfiguration(cwd);
    expect(configuration.skipDownload).toBe(true);
    expect(configuration.chrome?.skipDownload).toBe(true);
    expect(configuration['chrome-headless-shell']?.skipDownload).toBe(true);
  });
});
