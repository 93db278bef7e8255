// The two pages the explainer is measured against, written for the benchmark:
// - floor: the same article as plain HTML (the explainer's own CSS inlined, no script);
// - peer: the same article and the same three charts built with Chart.js (from npm), as a
//   competent newsroom page would: tooltips on, animation off, a slider for the projection.
// The charts' numbers come from the explainer itself (`cargo run --bin chart-data`).
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function articleHtml() {
  const lines = readFileSync('data/article.txt', 'utf8').split('\n').filter((l) => l !== '');
  const [credit, date] = lines.slice(-2);
  const { headline } = JSON.parse(readFileSync('data/article.json', 'utf8'));
  const body = [];
  let list = null;
  for (const line of lines.slice(0, -2)) {
    if (line === '-') {
      list ??= [];
      continue;
    }
    if (list && /;$|\.”$/.test(line)) {
      list.push(`<li>${escape(line)}</li>`);
      if (line.endsWith('.”')) {
        body.push(`<ul>${list.join('')}</ul>`);
        list = null;
      }
      continue;
    }
    body.push(line.startsWith('“') ? `<blockquote><p>${escape(line)}</p></blockquote>` : `<p>${escape(line)}</p>`);
  }
  return `<article class="story"><header class="story-header"><h1>${escape(headline)}</h1><p class="byline">Report by <a href="https://centralasianlight.org/">${escape(credit)}</a> · ${escape(date)}</p></header><div class="story-body">${body.join('\n')}</div></article>`;
}

function page(title, extraHead, main) {
  const css = readFileSync('assets/style.css', 'utf8');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><link rel="icon" href="data:,"><style>${css}</style>${extraHead}</head><body><main>${main}</main></body></html>`;
}

const PEER_JS = `
const DATA = __DATA__;
const colors = ['#B42318', '#1D4F91', '#6B5B00', '#7E3A96', '#0F766E'];
function xOf(period) {
  const m = period.match(/(\\d{4})$/);
  const year = m ? Number(m[1]) : NaN;
  return /^[A-Z][a-z]{2}–/.test(period) ? year + 0.25 : year;
}
function groups(rows) {
  const out = new Map();
  for (const r of rows) {
    if (!out.has(r.series)) out.set(r.series, []);
    out.get(r.series).push(r);
  }
  return out;
}
function yearsTo(base, target, rate) {
  if (rate <= 0) return null;
  return Math.max(1, Math.ceil(Math.log(target / base) / Math.log(1 + rate) - 1e-9));
}
const options = (extra) => Object.assign({ animation: false, responsive: true, maintainAspectRatio: true, aspectRatio: 12 / 7,
  interaction: { mode: 'nearest', intersect: false }, plugins: { tooltip: { enabled: true } } }, extra);

const tradeSets = [...groups(DATA.trade)].filter(([name]) => name !== 'Target').map(([name, rows], i) => ({
  label: name, data: rows.map((r) => ({ x: xOf(r.period), y: r.value })), showLine: name === 'Kyrgyz statistics' || name === 'Russian officials',
  borderColor: colors[i], backgroundColor: colors[i], pointStyle: ['circle', 'triangle', 'rectRot', 'circle'][i] }));
tradeSets.push({ label: 'Target', data: [{ x: 2016.5, y: 5 }, { x: 2030.5, y: 5 }], showLine: true, pointRadius: 0, borderDash: [6, 4], borderColor: '#1C1B19' });
const projection = { label: 'Projection', data: [], showLine: true, pointRadius: 0, borderDash: [6, 4], borderColor: colors[4] };
tradeSets.push(projection);
const trade = new Chart(document.getElementById('trade'), { type: 'scatter', data: { datasets: tradeSets },
  options: options({ scales: { x: { min: 2016.5, max: 2030.5 }, y: { min: 0, max: 6, title: { display: true, text: 'Trade turnover, US$ billion' } } } }) });

new Chart(document.getElementById('investment'), { type: 'bar',
  data: { labels: DATA.investment.map((r) => r.period), datasets: [{ label: 'US$ million', data: DATA.investment.map((r) => r.value), backgroundColor: '#15803D' }] },
  options: options({ indexAxis: 'y', aspectRatio: 1.4 }) });

const growthSets = [...groups(DATA.growth)].map(([name, rows], i) => ({ label: name, data: rows.map((r) => ({ x: Number(r.period.slice(0, 4)) + (name === 'Claims' ? 10 : 0), y: r.value })),
  showLine: name !== 'Claims', borderColor: colors[i], backgroundColor: colors[i] }));
new Chart(document.getElementById('growth'), { type: 'scatter', data: { datasets: growthSets },
  options: options({ scales: { x: { min: 2012.5, max: 2025.5 }, y: { min: 0, max: 3.6 } } }) });

const slider = document.getElementById('rate');
const sentence = document.getElementById('sentence');
function project() {
  const rate = Number(slider.value) / 100;
  const points = [];
  for (let year = 2024; year <= 2030; year++) {
    const y = 3.2 * Math.pow(1 + rate, year - 2024);
    if (y > 6.25) break;
    points.push({ x: year, y });
  }
  projection.data = points;
  trade.update('none');
  const n = yearsTo(3.2, 5, rate);
  sentence.textContent = n === null ? 'At ' + slider.value + ' % a year, trade would never reach $5 billion.' : 'At ' + slider.value + ' % a year, trade would reach $5 billion in ' + (2024 + n) + '.';
}
slider.addEventListener('input', project);
project();
window.__chartsReady = performance.now();
`;

/** Writes floor/ and peer/ under `dir`; returns their paths. */
export function writePages(dir) {
  const data = execFileSync('cargo', ['run', '--quiet', '--bin', 'chart-data'], { encoding: 'utf8' });
  const article = articleHtml();
  const floor = join(dir, 'floor');
  const peer = join(dir, 'peer');
  mkdirSync(floor, { recursive: true });
  mkdirSync(peer, { recursive: true });
  writeFileSync(join(floor, 'index.html'), page('Floor: the article as plain HTML', '', article));
  copyFileSync('node_modules/chart.js/dist/chart.umd.min.js', join(peer, 'chart.umd.js'));
  writeFileSync(join(peer, 'peer.js'), PEER_JS.replace('__DATA__', data.trim()));
  const charts = ['trade', 'investment', 'growth']
    .map((id) => `<section class="chart-panel"><h3>${id}</h3><canvas id="${id}" role="img" aria-label="${id} chart"></canvas>${id === 'trade' ? '<label for="rate">Annual growth of trade</label> <input type="range" id="rate" min="-10" max="30" step="0.5" value="12"><p id="sentence"></p>' : ''}</section>`)
    .join('');
  writeFileSync(
    join(peer, 'index.html'),
    page('Peer: the article with Chart.js charts', '<script src="chart.umd.js" defer></script><script src="peer.js" defer></script>', `${article}<section class="charts">${charts}</section>`),
  );
  return { floor, peer };
}
