// The training worker: loads the page's own bundle (playground.wasm or playground.js, compiled from
// playground.client.Main) in the runtime the page chose (?runtime=) and starts its engine; it
// answers the page's messages. The page fetches the same content-named file, so only one of the
// two requests goes over the network; the other is served by the browser's cache. Loaded as a
// module worker.
const parameters = new URL(import.meta.url).searchParams;
const runtime = parameters.get('runtime');
// The bundles' folder the page uses (?app=, see loader.js), else the one next to this file's.
const APP = new URL(parameters.get('app') ?? '../app/', import.meta.url);

async function load(bundle) {
  if (runtime === 'wasm') {
    // TeaVM's loader script defines globalThis.TeaVM; it refers to no window.
    if (!globalThis.TeaVM?.wasmGC) await import(new URL('playground.wasm-runtime.js', APP).href);
    const teavm = await TeaVM.wasmGC.load(new URL(`${bundle}.wasm`, APP).href);
    return teavm.exports;
  }
  return import(new URL(`${bundle}.js`, APP).href);
}

// Bundles the worker loads on demand (ui.Bundles: the exports), each at most once, as on the page.
const onDemand = new Map();
globalThis.playground = {
  load(bundle) {
    if (!onDemand.has(bundle)) {
      const loading = load(bundle);
      loading.catch(() => onDemand.delete(bundle)); // a failed load may be retried
      onDemand.set(bundle, loading);
    }
    return onDemand.get(bundle);
  },
};

// The page posts nothing before the engine says it is ready (engine.WorkerChannel keeps it).
try {
  (await load('playground')).startWorker();
} catch (error) {
  self.postMessage({ type: 'error', during: 'start', message: String(error?.message ?? error) });
}
