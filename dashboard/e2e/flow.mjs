// The dashboard end to end in a real browser (Debian's Chromium driven by playwright-core) against a running
// PiCloud: sign in, create an app and a script, see a compile error inline, fix it, add a route (and see a reserved
// path explained), try it, see the execution and its logs, diff and roll back versions, and use it at phone width.
//
//   PICLOUD_URL=http://127.0.0.1:8080 PICLOUD_ADMIN_TOKEN=... node e2e/flow.mjs
//
// Optional: CHROMIUM (default /usr/bin/chromium), SCREENSHOT_DIR (writes the PNGs used in docs/dashboard.md),
// E2E_FRESH=1 (the database is new: empty states are asserted too). Prints "N passed, N failed" and exits non-zero
// on any failure. Never downloads a browser.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const BASE = (process.env.PICLOUD_URL || 'http://127.0.0.1:8080').replace(/\/$/, '');
const TOKEN = process.env.PICLOUD_ADMIN_TOKEN;
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const SHOTS = process.env.SCREENSHOT_DIR;
const FRESH = process.env.E2E_FRESH === '1';
const SUFFIX = FRESH ? 'e2e' : Date.now().toString(36);
const NAME = `hello-${SUFFIX}`;
const ROUTE = `/hello-${SUFFIX}/:name`;
const TIMEOUT = 15000;

if (!TOKEN) {
  console.error('e2e: set PICLOUD_ADMIN_TOKEN (and PICLOUD_URL)');
  process.exit(2);
}
if (!existsSync(CHROMIUM)) {
  console.log(`e2e: SKIPPED: no Chromium at ${CHROMIUM} (install it with: apt-get install -y chromium)`);
  process.exit(0);
}
if (SHOTS) mkdirSync(SHOTS, { recursive: true });

let passed = 0;
let failed = 0;
const metrics = {};
const problems = [];

async function step(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.stack || e}`);
    throw e;
  }
}

function check(condition, message) {
  if (!condition) throw new Error('expected: ' + message);
}

/** Waits until the locator's text matches `pattern`; returns the text. */
async function textMatching(locator, pattern, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  let text = '';
  for (;;) {
    text = (await locator.count()) ? await locator.first().innerText() : '';
    if (pattern.test(text)) return text;
    if (Date.now() > deadline) throw new Error(`text ${pattern} not seen; last text: ${JSON.stringify(text.slice(0, 400))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Polls `condition` (true, or a description of what is still wrong) until it holds. */
async function until(condition, timeout = TIMEOUT) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const result = await condition();
    if (result === true) return;
    if (Date.now() > deadline) throw new Error('expected: ' + result);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function shot(page, name, fullPage = false) {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, name + '.png'), fullPage });
}

async function firstContentfulPaint(page) {
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: TIMEOUT });
  return page.evaluate(() => Math.round(performance.getEntriesByName('first-contentful-paint')[0].startTime));
}

/** Replaces the editor's text as one input (typing would auto-indent). */
async function setSource(page, text) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

function watchConsole(page) {
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => {
    // Failed loads are expected here (a wrong token, refused saves, a reserved route, polling an execution).
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push('console: ' + m.text());
  });
}

const browser = await chromium.launch({
  executablePath: CHROMIUM,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

let scriptUrl = '';
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  watchConsole(page);

  await step('sign-in page paints fast on a cold load', async () => {
    // One throw-away visit first, so that the number measures the page (empty browser cache) rather than the
    // browser's own start-up or the server's first-request warm-up.
    const warmUp = await browser.newContext();
    await (await warmUp.newPage()).goto(BASE + '/admin/');
    await warmUp.close();
    await page.goto(BASE + '/admin/');
    await page.getByLabel('Admin token').waitFor();
    metrics.firstContentfulPaintColdMs = await firstContentfulPaint(page);
    const nav = await page.evaluate(() => performance.getEntriesByType('navigation')[0].toJSON());
    metrics.domContentLoadedColdMs = Math.round(nav.domContentLoadedEventEnd);
    check(metrics.firstContentfulPaintColdMs < 1000, `first paint under 1 s, was ${metrics.firstContentfulPaintColdMs} ms`);
    await shot(page, 'signin');
  });

  await step('a wrong token is refused, the right one signs in', async () => {
    await page.getByLabel('Admin token').fill('not-the-admin-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await textMatching(page.getByRole('alert'), /rejected this token/);
    await page.getByLabel('Admin token').fill(TOKEN);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Apps' }).waitFor();
    check(await page.evaluate(() => sessionStorage.getItem('picloud.adminToken') !== null), 'token kept in sessionStorage');
    check(await page.evaluate(() => localStorage.getItem('picloud.adminToken') === null), 'not in localStorage without "remember me"');
    if (FRESH) await textMatching(page.locator('.empty'), /create your first script/);
  });

  await step('a reload of a signed-in page paints fast (warm cache)', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Apps' }).waitFor();
    metrics.firstContentfulPaintWarmMs = await firstContentfulPaint(page);
    check(metrics.firstContentfulPaintWarmMs < 1000, `first paint under 1 s, was ${metrics.firstContentfulPaintWarmMs} ms`);
  });

  await step('create an app', async () => {
    await page.getByRole('button', { name: 'New app' }).click();
    await page.getByLabel('Slug').fill(`shop-${SUFFIX}`);
    await page.getByLabel('Name (optional)').fill('Shop API');
    await page.getByLabel(/^Domains/).fill(`shop-${SUFFIX}.example.test`);
    await page.getByRole('button', { name: 'Create app' }).click();
    await textMatching(page.locator('h1'), /^Shop API$/);
    await textMatching(page.locator('main'), new RegExp(`Answers requests for shop-${SUFFIX}\\.example\\.test`));
    await page.getByRole('link', { name: 'Apps', exact: true }).first().click();
    await page.locator(`a[href="/admin/apps/shop-${SUFFIX}"]`).waitFor();
    await shot(page, 'apps');
  });

  await step('scripts: empty state, then create a script', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Scripts' }).click();
    await page.getByRole('heading', { name: 'Scripts', exact: true }).waitFor();
    if (FRESH) {
      await textMatching(page.locator('.empty'), /No scripts yet/);
      await shot(page, 'scripts-empty');
      await page.getByRole('link', { name: 'Create your first script' }).click();
    } else {
      await page.getByRole('link', { name: 'New script' }).click();
    }
    await page.getByLabel('Name').fill(NAME);
    await page.getByRole('button', { name: 'Create and edit' }).click();
    await page.locator('.cm-content').waitFor();
    await textMatching(page.locator('h1'), new RegExp(`${NAME}\\s+v1`));
    scriptUrl = page.url();
  });

  await step('a compile error shows inline while typing and when saving, at its line and column', async () => {
    await setSource(page, 'let name = ctx.request.params.name;\nlet x = (1 + ;\n#{ statusCode: 200, body: name }\n');
    // validated while typing (debounced)
    await textMatching(page.locator('.compile-status'), /line 2, column 14: Syntax error/);
    await page.keyboard.press('Control+s');
    await textMatching(page.locator('.compile-status'), /Not saved: line 2, column 14/);
    await page.locator('.cm-lintRange-error').first().waitFor();
    await page.locator('.cm-gutter-lint .cm-lint-marker-error').first().waitFor();
    const active = await page.locator('.cm-activeLine').innerText();
    check(active === 'let x = (1 + ;', `cursor moved to the error line, active line is ${JSON.stringify(active)}`);
    await textMatching(page.locator('h1'), /v1\s*unsaved/);
    await page.locator('.cm-lintRange-error').first().hover();
    await page.locator('.cm-tooltip-lint').waitFor();
    await shot(page, 'editor-compile-error');
  });

  await step('the fixed script saves as version 2 (Ctrl-S)', async () => {
    await setSource(
      page,
      'let name = ctx.request.params.name ?? "world";\nlog::info("greeting", #{ name: name });\n#{ statusCode: 200, body: #{ hello: name } }\n',
    );
    await textMatching(page.locator('.compile-status'), /Compiles/);
    await page.keyboard.press('Control+s');
    await textMatching(page.locator('.compile-status'), /Saved as version 2/);
    await textMatching(page.locator('h1'), new RegExp(`${NAME}\\s+v2$`));
    check((await page.locator('.cm-lintRange-error').count()) === 0, 'no diagnostics left');
  });

  await step('routes: a reserved path is explained, one is added, another removed', async () => {
    await page.getByRole('navigation', { name: 'Script panels' }).getByRole('link', { name: /Routes/ }).click();
    await textMatching(page.locator('.panel'), /No routes yet/);
    await page.getByLabel('Path').fill('/api/hello');
    await page.getByRole('button', { name: 'Add route' }).click();
    await textMatching(page.getByTestId('route-error'), /belong to PiCloud itself/);
    await page.getByLabel('Method', { exact: true }).selectOption('GET');
    await page.getByLabel('Path').fill(ROUTE);
    await page.getByRole('button', { name: 'Add route' }).click();
    await textMatching(page.locator('.routes'), new RegExp(`GET\\s+${ROUTE}`));
    check((await page.getByTestId('route-error').count()) === 0, 'the error is gone');
    await page.getByLabel('Method', { exact: true }).selectOption('ANY');
    await page.getByLabel('Path').fill(`/short-lived-${SUFFIX}`);
    await page.getByRole('button', { name: 'Add route' }).click();
    await textMatching(page.locator('.routes'), new RegExp(`ANY\\s+/short-lived-${SUFFIX}`));
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: `Remove route ANY /short-lived-${SUFFIX}` }).click();
    await until(async () => ((await page.locator('.routes li').count()) === 1 ? true : 'one route left after the removal'));
    await shot(page, 'routes');
  });

  await step('try it through the route: status, body, duration and logs', async () => {
    await page.getByRole('button', { name: 'Try' }).first().click();
    await page.getByRole('form', { name: 'Try this script' }).waitFor();
    const path = page.getByLabel('Path');
    check((await path.inputValue()) === ROUTE, 'the route path is preset');
    await path.fill(ROUTE.replace(':name', 'ann'));
    await page.getByRole('button', { name: 'Send' }).click();
    const result = page.getByTestId('try-result');
    await textMatching(result.locator('h3').first(), /^200 OK/);
    await textMatching(result.locator('.code'), /"hello": "ann"/);
    await textMatching(result.locator('.logs'), /info\s+greeting\s+\{"name":"ann"\}/i);
    await textMatching(result.locator('h3').first(), /ms round trip · .* ms in the script/);
    await shot(page, 'try-it');
  });

  await step('try it directly with a POST body', async () => {
    await page.getByLabel('Call', { exact: true }).selectOption('direct');
    await page.getByLabel('Method', { exact: true }).selectOption('POST');
    await page.getByRole('button', { name: 'Send' }).click();
    const result = page.getByTestId('try-result');
    await textMatching(result.locator('.code'), /"hello": "world"/);
    await textMatching(result.locator('.logs'), /greeting/);
  });

  await step('versions: diff and roll back', async () => {
    await page.getByRole('navigation', { name: 'Script panels' }).getByRole('link', { name: 'Versions' }).click();
    await textMatching(page.locator('figcaption'), /v1 → v2: \+\d+ −\d+/);
    await page.locator('table.diff tr.add').first().waitFor();
    await shot(page, 'versions');
    page.once('dialog', (d) => d.accept());
    await page.getByRole('button', { name: 'Roll back to v1' }).click();
    await textMatching(page.locator('h1'), /v3$/);
    await textMatching(page.locator('.cm-content'), /ctx\.request\.query\.name/);
    await textMatching(page.locator('.versions'), /rolled back from v1/);
  });

  await step('a runtime error in the try-it panel points the editor at its line', async () => {
    await setSource(page, 'let x = 1;\nthrow "boom";\n');
    await page.keyboard.press('Control+s');
    await textMatching(page.locator('.compile-status'), /Saved as version 4/);
    await page.getByRole('navigation', { name: 'Script panels' }).getByRole('link', { name: 'Try it' }).click();
    await page.getByLabel('Call', { exact: true }).selectOption('direct');
    await page.getByRole('button', { name: 'Send' }).click();
    const result = page.getByTestId('try-result');
    await textMatching(result.locator('h3').first(), /^502/);
    await textMatching(result.getByRole('alert'), /ErrorRuntime.*boom/);
    await result.getByRole('button', { name: /at line 2, column \d+/ }).click();
    const active = await page.locator('.cm-activeLine').innerText();
    check(active === 'throw "boom";', `cursor on the failing line, active line is ${JSON.stringify(active)}`);
  });

  await step('executions: filter by script, open one, see its logs', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Executions' }).click();
    await page.getByRole('heading', { name: 'Executions' }).waitFor();
    await page.getByLabel('Script', { exact: true }).selectOption({ label: NAME });
    await page.getByLabel('Time', { exact: true }).selectOption('15m');
    await textMatching(page.locator('table.executions'), new RegExp(`GET\\s+/hello-${SUFFIX}/ann`));
    await until(async () => {
      const scripts = await page.locator('table.executions[aria-busy="false"] tbody tr td:nth-child(2)').allInnerTexts();
      return scripts.length >= 2 && scripts.every((t) => t.startsWith(NAME + ' ')) ? true : `only ${NAME}'s runs: ${scripts}`;
    });
    check(new URL(page.url()).searchParams.get('since') === '15m', 'filters live in the URL');
    await shot(page, 'executions');
    await page.getByLabel('Status', { exact: true }).selectOption('timeout');
    await textMatching(page.locator('main'), /No executions match these filters/);
    await page.getByLabel('Status', { exact: true }).selectOption('ok');
    await page.locator('table.executions tbody tr', { hasText: `/hello-${SUFFIX}/ann` }).getByRole('link').first().click();
    await textMatching(page.locator('h1'), new RegExp(`GET\\s+/hello-${SUFFIX}/ann`));
    await textMatching(page.locator('.logs'), /greeting/);
    await textMatching(page.locator('.facts'), /via a route/);
    await shot(page, 'execution', true);
  });

  await step('a reload deep inside the app lands on the same page', async () => {
    await page.goto(scriptUrl);
    await page.locator('.cm-content').waitFor();
    metrics.editorReadyMs = await page.evaluate(() => Math.round(performance.now()));
    await page.goto(scriptUrl.replace(/\/?$/, '') + '/routes');
    await textMatching(page.locator('.routes'), new RegExp(ROUTE));
  });

  await step('script search', async () => {
    await page.goto(BASE + '/admin/scripts?q=' + encodeURIComponent(NAME));
    await textMatching(page.locator('table'), new RegExp(NAME));
    await page.getByLabel('Search').fill('no-such-script-anywhere');
    await textMatching(page.locator('main'), /No script matches/);
  });

  await step('sign out, and a rejected token signs out', async () => {
    await page.goto(BASE + '/admin/scripts');
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Admin token').waitFor();
    await page.evaluate(() => sessionStorage.setItem('picloud.adminToken', 'a-token-the-server-rejects'));
    await page.goto(BASE + '/admin/executions');
    await textMatching(page.locator('.notice'), /no longer accepts your token/);
  });
  await context.close();

  await step('phone width (375 px): no sideways scrolling, editor and panels usable', async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 760 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    await phone.addInitScript((t) => sessionStorage.setItem('picloud.adminToken', t), TOKEN);
    const p = await phone.newPage();
    watchConsole(p);
    for (const [path, name] of [['/admin/scripts', 'phone-scripts'], [new URL(scriptUrl).pathname.replace(/\/?$/, '') + '/try', 'phone-editor'], ['/admin/executions', 'phone-executions']]) {
      await p.goto(BASE + path);
      await p.locator('main h1').first().waitFor();
      if (name === 'phone-editor') await p.locator('.cm-content').waitFor();
      else await p.locator('table').first().waitFor();
      const width = await p.evaluate(() => document.documentElement.scrollWidth);
      check(width <= 375, `${path} fits 375 px (scrollWidth ${width})`);
      await shot(p, name);
    }
    await phone.close();
  });

  await step('no script errors in the page', async () => {
    check(problems.length === 0, 'no errors, got:\n' + problems.join('\n'));
  });
} catch {
  // the failing step has printed its error
} finally {
  await browser.close();
}

console.log('e2e metrics: ' + JSON.stringify(metrics));
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
