import { launch, serveDist, waitForApp } from './harness.mjs';
import { readFileSync } from 'node:fs';
const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const { server, url } = await serveDist();
const b = await launch();
for (const scheme of ['light', 'dark']) {
  const c = await b.newContext({ colorScheme: scheme });
  const p = await c.newPage();
  await p.goto(url + '?doc=krsu-campus'); await waitForApp(p);
  await p.waitForSelector('#agreement-detail-krsu-campus');
  await p.evaluate(axe);
  const r = await p.evaluate(async () => (await (async () => { const i = document.createElement('img'); document.body.append(i); return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } }); })()).violations.map(v => ({ id: v.id, n: v.nodes.length, t: v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').slice(0, 160)) })));
  console.log(scheme, JSON.stringify(r, null, 1));
  await c.close();
}
await b.close(); server.close();
