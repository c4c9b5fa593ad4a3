// Loads a compiled bundle of the client: the WebAssembly GC build where the browser can run it,
// the JavaScript build elsewhere. Both compute the same bits, so the choice is about speed only.
// `?runtime=js` or `?runtime=wasm` in the page URL forces one (tests, comparisons).
// The bundles: `playground` (the playground page), `lessons` (lesson pages and lesson embeds),
// `teacher` (a class's teacher page), `probes` (what tests and the benchmark page call),
// `serverruns` and `share` (loaded on demand by the playground page, see window.playground.load);
// the worker runs `playground` too (worker.js) and loads `exports` on demand.
//
// When ready: window.playground = {runtime: 'wasm' | 'js', exports, load(bundle), app} (app: the
// bundles' folder, which the page's training worker is given too) and
// <html data-ready="true">. With `?probes` in the page URL the probes bundle of the same runtime
// is loaded too, before data-ready: window.playground.probes holds its exports. On failure:
// <html data-load-error="message">.

// The server names the bundles' folder by their content (<meta name="bundles">, cached for a
// year); elsewhere (a static copy of the site) they sit next to this file's folder, revalidated
// on every visit. Relative paths, so the page also works from a sub-path or a static host.
const BUNDLES_TAG = globalThis.document?.querySelector('meta[name="bundles"]');
export const APP = BUNDLES_TAG ? new URL(BUNDLES_TAG.content, document.baseURI) : new URL('../app/', import.meta.url);

// The smallest module that declares a GC struct type: only engines with WebAssembly GC accept it.
const WASM_GC_PROBE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version 1
  0x01, 0x03, 0x01, 0x5f, 0x00,                   // type section: one struct with no fields
]);

export function supportsWasmGc() {
  try {
    return typeof WebAssembly === 'object' && WebAssembly.validate(WASM_GC_PROBE);
  } catch {
    return false;
  }
}

function forcedRuntime() {
  const runtime = new URLSearchParams(location.search).get('runtime');
  return runtime === 'js' || runtime === 'wasm' ? runtime : null;
}

// TeaVM's wasm-gc loader is a classic script that defines the global TeaVM.wasmGC.
function loadClassicScript(url) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = url;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${url}`));
    document.head.append(script);
  });
}

let wasmRuntime = null;

// Starts fetching a file that a fetch() will ask for later (the same request: CORS mode, no
// credentials across origins), so that it downloads while other files load; fetch() then takes it.
function preloadForFetch(url) {
  const link = document.createElement('link');
  link.rel = 'preload';
  link.as = 'fetch';
  link.crossOrigin = 'anonymous';
  link.href = url;
  document.head.append(link);
}

async function loadWasm(bundle) {
  const url = new URL(`${bundle}.wasm`, APP).href;
  if (!globalThis.TeaVM?.wasmGC) {
    // downloads while the runtime script loads (a page the server sends asks for both from its
    // head already, and this preload is then taken from it; a static copy's page does not)
    preloadForFetch(url);
    wasmRuntime ??= loadClassicScript(new URL('playground.wasm-runtime.js', APP).href);
    await wasmRuntime;
  }
  const teavm = await TeaVM.wasmGC.load(url);
  return teavm.exports;
}

async function loadJs(bundle) {
  return import(new URL(`${bundle}.js`, APP).href);
}

/** The exports of one bundle in the given runtime. */
export function loadBundle(bundle, runtime) {
  return runtime === 'wasm' ? loadWasm(bundle) : loadJs(bundle);
}

// Each on-demand bundle loads at most once per page (see window.playground.load below).
const onDemand = new Map();

/**
 * A bundle the page loads only when the reader asks for what it holds (a dialog, a view), in the
 * runtime the page's own bundle runs in; Java code reaches it through ui.Bundles.
 */
function loadOnDemand(bundle, runtime) {
  if (!onDemand.has(bundle)) {
    const loading = loadBundle(bundle, runtime);
    loading.catch(() => onDemand.delete(bundle)); // a failed load may be retried
    onDemand.set(bundle, loading);
  }
  return onDemand.get(bundle);
}

/**
 * The language a page opens in (its translation is all a first visit fetches): `?lang=` first,
 * then the reader's last choice (ui.LanguageSwitch remembers it), then the browser's language.
 */
export function startingLanguage() {
  let chosen = new URLSearchParams(location.search).get('lang');
  try {
    chosen ??= localStorage.getItem('playground.lang');
  } catch { /* storage refused: not remembered */ }
  chosen ??= navigator.language ?? '';
  return chosen.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The runtime loadPlayground tries first: the forced one, else WebAssembly where it can run. */
function preferredRuntime() {
  return forcedRuntime() ?? (supportsWasmGc() ? 'wasm' : 'js');
}


// Loads a bundle (by default the playground page's), and the probes when the address asks.
export async function loadPlayground(bundle = 'playground') {
  const forced = forcedRuntime();
  let runtime = preferredRuntime();
  let exports;
  let probes;
  try {
    if (runtime === 'wasm') {
      try {
        exports = await loadWasm(bundle);
      } catch (error) {
        // The probe can pass while a newer feature the bundle needs is missing: fall back.
        if (forced) throw error;
        console.warn('WebAssembly bundle failed, using JavaScript', error);
        runtime = 'js';
      }
    }
    if (runtime === 'js') exports = await loadJs(bundle);
    if (new URLSearchParams(location.search).has('probes')) probes = await loadBundle('probes', runtime);
  } catch (error) {
    document.documentElement.dataset.loadError = String(error?.message ?? error);
    throw error;
  }
  const load = name => loadOnDemand(name, runtime);
  const app = APP.href;
  window.playground = probes ? { runtime, exports, load, app, probes } : { runtime, exports, load, app };
  document.documentElement.dataset.ready = 'true';
  return window.playground;
}
