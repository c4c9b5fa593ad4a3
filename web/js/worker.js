// The training worker: loads the same compiled client as the page (the runtime the page chose,
// given as ?runtime=) and starts its worker side (playground.client.engine.worker.EngineWorker), which
// answers the page's messages. Loaded as a module worker.
const runtime = new URL(import.meta.url).searchParams.get('runtime');
const APP = new URL('../app/', import.meta.url);

async function load() {
  if (runtime === 'wasm') {
    // TeaVM's loader script defines globalThis.TeaVM; it refers to no window.
    await import(new URL('playground.wasm-runtime.js', APP).href);
    const teavm = await TeaVM.wasmGC.load(new URL('playground.wasm', APP).href);
    return teavm.exports;
  }
  return import(new URL('playground.js', APP).href);
}

try {
  (await load()).startWorker();
} catch (error) {
  self.postMessage({ type: 'error', during: 'start', message: String(error?.message ?? error) });
}
