// Starts the playground page. Loaded as an async module, it runs as soon as it arrives, before the
// rest of the page: it loads the compiled client (see loader.js; the page's head already asked for
// it) and the translation of the language the page opens in, then waits for the document and its
// styles and hands over to the Java page (playground.client.page.PageApp), which paints its first
// picture, starts the training worker and fetches another translation only when the reader
// chooses it.
import { loadPlayground, startingLanguage } from './loader.js';

async function text(path) {
  const response = await fetch(new URL(path, import.meta.url));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

const translation = language => text(`../i18n/${language}.json`);

// The parsed document with every style sheet of its head applied: the page measures what it builds.
async function documentReady() {
  if (document.readyState === 'loading') {
    await new Promise(resolve => document.addEventListener('DOMContentLoaded', resolve, { once: true }));
  }
  const pending = [...document.querySelectorAll('link[rel="stylesheet"]')]
    .filter(link => !link.sheet && (!link.media || matchMedia(link.media).matches)); // (print's is not waited for)
  await Promise.all(pending.map(link => new Promise(resolve => {
    link.addEventListener('load', resolve, { once: true });
    link.addEventListener('error', resolve, { once: true });
  })));
}

try {
  const bundle = loadPlayground(); // first: the page's bundle is the longest wait
  const language = startingLanguage(); // (a first read of localStorage may take a while)
  const [loaded, texts] = await Promise.all([bundle, translation(language), documentReady()]);
  loaded.exports.startPage(loaded.runtime, language, texts, (other, done, failed) => {
    translation(other).then(done, error => failed(String(error?.message ?? error)));
  });
} catch (error) {
  await documentReady();
  const loading = document.getElementById('loading');
  loading.hidden = false;
  loading.textContent = `The playground could not start: ${error?.message ?? error}`;
  document.documentElement.dataset.pageError = String(error?.message ?? error);
  throw error;
}
