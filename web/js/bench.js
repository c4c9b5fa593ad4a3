// The benchmark page: times the core in the bundle the loader picked (?runtime=js|wasm forces one)
// on the three networks of BENCHMARKS.md. Everything runs in the core through four exports of the
// probes bundle, playground.client.probes.ProbesMain (benchCreate, benchEpochs, benchGrid, benchFrames); this file only
// times calls with performance.now().
//
// Method: each measurement first finds how many repetitions fill MIN_SAMPLE_MS (so the timer's
// resolution does not matter), runs them for WARMUP_MS so the engine has compiled the hot code,
// then takes SAMPLES timed runs, each from a freshly created network (so every run does the
// same work), and reports the median time per repetition (and the fastest).
//
// When done: window.benchResults = {runtime, userAgent, cores, samples, networks: [...]} and
// <html data-bench-done="true">; on failure <html data-bench-error="message">.
//
// With ?driven the page measures nothing by itself: it sets <html data-bench-ready="true"> and
// offers window.bench = {networks, calibrate, warmUp, reset, work} so that a driver
// (BrowserBenchmarkTest) can time each run also in CPU time of the page's thread, which stays
// meaningful on a machine busy with other work.
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
/** What is timed: an epoch, every neuron's picture, or both (a frame). */
const KINDS = ['epoch', 'grid', 'frame'];

const show = (id, text) => { document.getElementById(id).textContent = text; };
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

// The measurements, on the loaded bundle's exports.
function benchOn(exports) {
  const bench = {
    networks: NETWORKS.map((n) => n.name),
    // A fresh network i (new weights, data and grid), not timed.
    reset(i) {
      const created = exports.benchCreate(JSON.stringify(NETWORKS[i].config));
      if (created.startsWith('error')) throw new Error(created);
    },
    // n repetitions of kind; returns the milliseconds they took.
    work(kind, n) {
      const work = kind === 'epoch' ? exports.benchEpochs : kind === 'grid' ? exports.benchGrid : exports.benchFrames;
      const start = performance.now();
      work(n | 0);
      return performance.now() - start;
    },
    // The number of repetitions of kind that takes at least MIN_SAMPLE_MS on network i.
    calibrate(i, kind) {
      let n = 1;
      bench.reset(i);
      while (bench.work(kind, n) < MIN_SAMPLE_MS) {
        n *= 2;
        bench.reset(i);
      }
      return n;
    },
    // Runs n repetitions over and over for WARMUP_MS, so that the engine compiles the hot code.
    warmUp(i, kind, n) {
      const end = performance.now() + WARMUP_MS;
      while (performance.now() < end) {
        bench.reset(i);
        bench.work(kind, n);
      }
    },
  };
  return bench;
}

// Milliseconds per repetition: {median, best} of SAMPLES runs, each from a fresh network.
async function measure(bench, i, kind) {
  const n = bench.calibrate(i, kind);
  bench.warmUp(i, kind, n);
  const perRepetition = [];
  for (let s = 0; s < SAMPLES; s++) {
    bench.reset(i);
    perRepetition.push(bench.work(kind, n) / n);
    await pause(); // let the page paint and stay responsive between runs
  }
  return { median: median(perRepetition), best: Math.min(...perRepetition) };
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

async function run(bench, runtime) {
  const results = [];
  for (let i = 0; i < NETWORKS.length; i++) {
    show('status', `measuring ${NETWORKS[i].name}…`);
    const cells = addRow(NETWORKS[i].name);
    await pause();
    const ms = {};
    for (const kind of KINDS) ms[kind] = await measure(bench, i, kind);
    fill(cells[0], (1000 / ms.epoch.median).toFixed(0));
    fill(cells[1], ms.epoch.median.toFixed(3));
    fill(cells[2], ms.grid.median.toFixed(2));
    fill(cells[3], ms.frame.median.toFixed(2));
    fill(cells[4], (1000 / ms.frame.median).toFixed(0));
    results.push({
      name: NETWORKS[i].name,
      config: NETWORKS[i].config,
      epochMs: ms.epoch.median,
      gridMs: ms.grid.median,
      frameMs: ms.frame.median,
      best: { epochMs: ms.epoch.best, gridMs: ms.grid.best, frameMs: ms.frame.best },
    });
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

async function start() {
  const { runtime, exports } = await loadPlayground('probes');
  show('runtime', runtime === 'wasm' ? 'WebAssembly (GC)' : 'JavaScript');
  show('agent', navigator.userAgent);
  show('samples', String(SAMPLES));
  const bench = benchOn(exports);
  if (params.has('driven')) {
    window.bench = bench;
    show('status', 'driven from outside');
    document.documentElement.dataset.benchReady = 'true';
    return;
  }
  await run(bench, runtime);
}

start().catch((error) => {
  const message = String(error?.message ?? error);
  show('status', `failed: ${message}`);
  document.documentElement.dataset.benchError = message;
});
