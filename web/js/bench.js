// The benchmark page: times the core in the bundle the loader picked (?runtime=js|wasm forces one)
// on the three networks of the README's table. Everything runs in the core through four exports
// of playground.client.Main (benchCreate, benchEpochs, benchGrid, benchFrames); this file only
// times calls with performance.now().
//
// Method: each measurement first finds how many repetitions fill MIN_SAMPLE_MS (so the timer's
// resolution does not matter), runs them for WARMUP_MS so the engine has compiled the hot code,
// then takes SAMPLES timed runs, each from a freshly created network (so every run does the
// same work), and reports the median time per repetition.
//
// When done: window.benchResults = {runtime, userAgent, cores, samples, networks: [...]} and
// <html data-bench-done="true">; on failure <html data-bench-error="message">.
import { loadPlayground } from './loader.js';

const params = new URLSearchParams(location.search);
const SAMPLES = Number(params.get('samples') ?? 7);
const WARMUP_MS = Number(params.get('warmup') ?? 500);
const MIN_SAMPLE_MS = 100;

const COMMON = { dataset: 'spiral', points: 500, trainPercent: 50, batchSize: 10 };
const ALL_FEATURES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2', 'cosx1', 'cosx2'];
const DEEP = [8, 8, 8, 8, 8, 8];
const NETWORKS = [
  { name: '2 → 4, 2 → 1', config: { ...COMMON, features: ['x1', 'x2'], hiddenLayers: [4, 2] } },
  { name: '2 → 8 × 6 → 1', config: { ...COMMON, features: ['x1', 'x2'], hiddenLayers: DEEP } },
  { name: '9 → 8 × 6 → 1', config: { ...COMMON, features: ALL_FEATURES, hiddenLayers: DEEP } },
];

const show = (id, text) => { document.getElementById(id).textContent = text; };
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

function elapsed(work, n) {
  const start = performance.now();
  work(n);
  return performance.now() - start;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// Milliseconds per repetition of work(n): the median of SAMPLES runs, each after reset().
async function measure(reset, work) {
  let n = 1;
  reset();
  while (elapsed(work, n) < MIN_SAMPLE_MS) {
    n *= 2;
    reset();
  }
  const warmupEnd = performance.now() + WARMUP_MS;
  while (performance.now() < warmupEnd) {
    reset();
    work(n);
  }
  const perRepetition = [];
  for (let s = 0; s < SAMPLES; s++) {
    reset();
    perRepetition.push(elapsed(work, n) / n);
    await pause(); // let the page paint and stay responsive between runs
  }
  return median(perRepetition);
}

function addRow(name) {
  const row = document.querySelector('#results tbody').insertRow();
  row.insertCell().textContent = name;
  const cells = [];
  for (let i = 0; i < 5; i++) {
    const cell = row.insertCell();
    cell.textContent = '…';
    cell.className = 'pending';
    cells.push(cell);
  }
  return cells;
}

function fill(cell, text) {
  cell.textContent = text;
  cell.className = '';
}

async function run() {
  const { runtime, exports } = await loadPlayground();
  show('runtime', runtime === 'wasm' ? 'WebAssembly (GC)' : 'JavaScript');
  show('agent', navigator.userAgent);
  show('samples', String(SAMPLES));
  const results = [];
  for (const network of NETWORKS) {
    show('status', `measuring ${network.name}…`);
    const cells = addRow(network.name);
    const json = JSON.stringify(network.config);
    const reset = () => {
      const created = exports.benchCreate(json);
      if (created.startsWith('error')) throw new Error(created);
    };
    await pause();
    const epochMs = await measure(reset, (n) => exports.benchEpochs(n | 0));
    fill(cells[0], (1000 / epochMs).toFixed(0));
    fill(cells[1], epochMs.toFixed(3));
    const gridMs = await measure(reset, (n) => exports.benchGrid(n | 0));
    fill(cells[2], gridMs.toFixed(2));
    const frameMs = await measure(reset, (n) => exports.benchFrames(n | 0));
    fill(cells[3], frameMs.toFixed(2));
    fill(cells[4], (1000 / frameMs).toFixed(0));
    results.push({ name: network.name, config: network.config, epochMs, gridMs, frameMs });
  }
  show('status', 'done');
  window.benchResults = {
    runtime,
    userAgent: navigator.userAgent,
    cores: navigator.hardwareConcurrency,
    samples: SAMPLES,
    networks: results,
  };
  document.documentElement.dataset.benchDone = 'true';
}

run().catch((error) => {
  const message = String(error?.message ?? error);
  show('status', `failed: ${message}`);
  document.documentElement.dataset.benchError = message;
});
