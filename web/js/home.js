// Temporary start page: shows which bundle loaded and one result from it.
import { loadPlayground } from './loader.js';

const show = (id, text) => { document.getElementById(id).textContent = text; };

try {
  const { runtime, exports } = await loadPlayground();
  show('runtime', runtime === 'wasm' ? 'WebAssembly (GC)' : 'JavaScript');
  show('version', exports.version());
  show('demo', String(exports.demoTrain(3)));
} catch (error) {
  show('runtime', `failed to load: ${error?.message ?? error}`);
}
