// Starts headless Chromium with a copy of the built extension (dist/extension/) whose manifest also
// holds the host permission for http://127.0.0.1/* (what "always on this site" or an activeTab
// click would grant: neither can be simulated headless), and gives the background service worker,
// whose activateTab(tabId) is what the toolbar panel and the shortcut call.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

export const REPO = join(import.meta.dirname, '..', '..');
export const DIST_EXT = join(REPO, 'dist', 'extension');
export const DIST_FF = join(REPO, 'dist', 'extension-firefox');
export const OUT = join(REPO, 'tests', 'out');
const require = createRequire(join(REPO, 'web', 'package.json'));

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];

// A copy of an extension build with host permissions for the test server (tmp dir, caller removes).
export function extensionCopy(dir, edit = () => {}) {
  const copy = mkdtempSync(join(tmpdir(), 'newsmark-ext-'));
  cpSync(dir, copy, { recursive: true });
  const m = JSON.parse(readFileSync(join(copy, 'manifest.json'), 'utf8'));
  m.host_permissions = ['http://127.0.0.1/*'];
  edit(m);
  writeFileSync(join(copy, 'manifest.json'), JSON.stringify(m));
  return copy;
}

export async function launchExtension({ viewport = { width: 1280, height: 900 } } = {}) {
  if (!existsSync(join(DIST_EXT, 'manifest.json'))) throw new Error('dist/extension is missing: run ./build-wasm.sh first');
  const { chromium } = require('playwright-core');
  const extCopy = extensionCopy(DIST_EXT);
  const profile = mkdtempSync(join(tmpdir(), 'newsmark-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport,
    args: ['--headless=new', `--disable-extensions-except=${extCopy}`, `--load-extension=${extCopy}`, ...CHROMIUM_ARGS],
  });
  const sw = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15000 });
  const extId = new URL(sw.url()).host;
  const close = async () => {
    await context.close();
    for (const d of [profile, extCopy]) rmSync(d, { recursive: true, force: true });
  };
  return { context, sw, extId, close };
}

// The tab id of a page (the service worker looks it up by URL).
export function tabIdOf(sw, page) {
  return sw.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, page.url());
}
