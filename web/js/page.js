// Starts the playground page: starts the training worker, loads the compiled client (see
// loader.js) and the two translations, then hands over to the Java page
// (playground.client.page.PageApp), which takes the worker over.
import { loadPlayground, preferredRuntime, startWorkerEarly } from './loader.js';

async function text(path) {
  const response = await fetch(new URL(path, import.meta.url));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

try {
  startWorkerEarly(preferredRuntime());
  const [{ runtime, exports }, en, zh] = await Promise.all([
    loadPlayground(), text('../i18n/en.json'), text('../i18n/zh.json'),
  ]);
  const early = globalThis.playgroundWorker;
  if (early && early.runtime !== runtime) { // the bundle fell back to JavaScript: so does the worker
    early.worker.terminate();
    delete globalThis.playgroundWorker;
  }
  exports.startPage(runtime, en, zh);
} catch (error) {
  const loading = document.getElementById('loading');
  loading.hidden = false;
  loading.textContent = `The playground could not start: ${error?.message ?? error}`;
  document.documentElement.dataset.pageError = String(error?.message ?? error);
  throw error;
}
