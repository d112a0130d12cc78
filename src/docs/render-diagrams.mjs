// Renders every model in bpmn/ to images/<name>.png with the bpmn-js viewer in headless Chromium.
// Usage (from src/docs): npm ci && npm run render   (needs Debian's chromium: apt-get install chromium)
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join, resolve, basename } from 'node:path';
import { chromium } from 'playwright-core';

const models = resolve('../../bpmn');
const out = resolve('images');
mkdirSync(out, { recursive: true });
const viewer = readFileSync('node_modules/bpmn-js/dist/bpmn-viewer.production.min.js', 'utf8');

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  for (const file of readdirSync(models).filter((name) => name.endsWith('.bpmn'))) {
    const page = await browser.newPage({ viewport: { width: 2400, height: 1200 }, deviceScaleFactor: 1 });
    await page.setContent('<html><body style="margin:0;background:#fff"><div id="canvas" style="width:2400px;height:1200px"></div></body></html>');
    await page.addScriptTag({ content: viewer });
    const size = await page.evaluate(async (xml) => {
      const bpmn = new window.BpmnJS({ container: '#canvas' });
      await bpmn.importXML(xml);
      const canvas = bpmn.get('canvas');
      const box = canvas.viewbox().inner;
      const width = Math.ceil(box.width + 40);
      const height = Math.ceil(box.height + 40);
      document.getElementById('canvas').style.width = `${width}px`;
      document.getElementById('canvas').style.height = `${height}px`;
      canvas.resized();
      canvas.viewbox({ x: box.x - 20, y: box.y - 20, width, height });
      return { width, height };
    }, readFileSync(join(models, file), 'utf8'));
    await page.setViewportSize(size);
    const target = join(out, `${basename(file, '.bpmn')}.png`);
    await page.locator('#canvas').screenshot({ path: target });
    console.log(`rendered ${target} (${size.width}x${size.height})`);
    await page.close();
  }
} finally {
  await browser.close();
}
