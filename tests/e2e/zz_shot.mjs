// ad-hoc screenshots (not a test file: no .test.)
import { startApp, login } from './harness.mjs';
const app = await startApp();
const shots = process.argv.slice(2);
try {
  for (const [user, path, name] of JSON.parse(shots[0])) {
    const page = await app.page();
    await login(page, app.base, user);
    if (path.startsWith('eval:')) await eval(path.slice(5));
    else await page.goto(app.base + path);
    await page.waitForTimeout(1500);
    await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: false });
    console.log(name, page.url(), page.jsErrors);
    await page.context().close();
  }
} finally { await app.stop(); }
