// The training worker: loads the engine's own bundle (engine.wasm or engine.js, compiled from
// playground.client.engine.worker.WorkerMain) in the runtime the page chose (?runtime=), never
// the page's bundle, and starts it; it answers the page's messages. Loaded as a module worker.
const parameters = new URL(import.meta.url).searchParams;
const runtime = parameters.get('runtime');
// The bundles' folder the page uses (?app=, see loader.js), else the one next to this file's.
const APP = new URL(parameters.get('app') ?? '../app/', import.meta.url);

async function load() {
  if (runtime === 'wasm') {
    // TeaVM's loader script defines globalThis.TeaVM; it refers to no window.
    await import(new URL('playground.wasm-runtime.js', APP).href);
    const teavm = await TeaVM.wasmGC.load(new URL('engine.wasm', APP).href);
    return teavm.exports;
  }
  return import(new URL('engine.js', APP).href);
}

// What the page posts while the engine loads is kept here and handed to the engine, in order, once
// it listens: the page posts its first load as soon as it has one (engine.WorkerChannel), so the
// worker builds the first frame while the page is still being built.
const early = [];
const keep = event => early.push(event.data);
self.addEventListener('message', keep);

try {
  (await load()).startWorker();
  self.removeEventListener('message', keep);
  for (const data of early) self.dispatchEvent(new MessageEvent('message', { data }));
} catch (error) {
  self.postMessage({ type: 'error', during: 'start', message: String(error?.message ?? error) });
}
