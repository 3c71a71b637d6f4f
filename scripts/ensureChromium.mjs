#!/usr/bin/env node
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
/**
 * Makes sure the browser tests have a Chromium. Finds one ($CHROMIUM_PATH, /usr/bin/chromium, Playwright's own);
 * otherwise installs Debian's `chromium` package when running as root with apt, or says exactly what to run.
 */
import { answerHelp } from './answerHelp.mjs';
import { DEBIAN_CHROMIUM, findChromium } from './findChromium.mjs';

answerHelp(`
node scripts/ensureChromium.mjs
  Makes sure the browser tests have a Chromium ($CHROMIUM_PATH, /usr/bin/chromium or Playwright's own); installs
  Debian's chromium package when run as root with apt-get, or says exactly what to run.
`);

const found = await findChromium();
if (found) {
  console.log(`Chromium for the browser tests: ${found}`);
  process.exit(0);
}
if (process.env.CHROMIUM_PATH) {
  console.error(`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH}, but there is no file there.`);
  process.exit(1);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (isRoot && hasApt) {
  console.log("No Chromium found: installing Debian's chromium package (apt-get install chromium)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install =
    update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (install && install.status === 0 && existsSync(DEBIAN_CHROMIUM)) {
    console.log(`Installed ${DEBIAN_CHROMIUM}.`);
    process.exit(0);
  }
  console.error('Installing chromium with apt-get failed (see above).');
}
console.error(
  [
    'The browser tests need Chromium, and none was found.',
    'Install it, then run npm test again:',
    '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
    '  or point to any Chromium/Chrome binary:  CHROMIUM_PATH=/path/to/chromium npm test',
    '  or, where downloads are allowed:  npx playwright install chromium',
  ].join('\n'),
);
process.exit(1);
