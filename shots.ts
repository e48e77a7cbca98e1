import { chromium } from 'playwright-core';
import { serve } from './tests/helpers/server.ts';
const server = await serve('/tmp/wip-mdx-callout-dist/trust');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
await page.goto(server.url + '/policies/ai-policy/');
await page.locator('aside.callout').first().scrollIntoViewIfNeeded();
await page.screenshot({ path: '/tmp/wip-mdx-shots/policy-callout-390.png' });
await browser.close(); await server.close();
