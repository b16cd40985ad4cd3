// Renders resources/build/icon.svg to the 1024 px icon.png electron-builder
// turns into each platform's icon. Run after changing the SVG:
//   node scripts/render-icon.mjs
// It needs Chromium (Debian's /usr/bin/chromium, or CHROMIUM=path).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';

const dir = join(import.meta.dirname, '../resources/build');
const svg = readFileSync(join(dir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
  await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}</style>${svg}`);
  await page.screenshot({ path: join(dir, 'icon.png'), omitBackground: true });
  console.log(`wrote ${join(dir, 'icon.png')}`);
} finally {
  await browser.close();
}
