// Temporary start page: shows which bundle loaded and one result from it.
import { loadPlayground } from './loader.js';

const show = (id, text) => { document.getElementById(id).textContent = text; };

try {
  const { runtime, exports } = await loadPlayground();
  show('runtime', runtime === 'wasm' ? 'WebAssembly (GC)' : 'JavaScript');
  show('version', exports.version());
  const summary = JSON.parse(exports.trainSummary('{}', 50));
  show('demo', `train ${summary.trainLoss.toFixed(4)} · test ${summary.testLoss.toFixed(4)}`);
} catch (error) {
  show('runtime', `failed to load: ${error?.message ?? error}`);
}
