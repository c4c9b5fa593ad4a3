// Starts the lesson widgets of this page (a lesson page, the tour or an embed): loads the
// lessons' own bundle (see ../js/loader.js) and the words — the playground's translations with the
// lessons' own added — then hands over to Java (playground.client.lessons.Lessons).
import { loadPlayground } from '../js/loader.js';

async function json(path) {
  const response = await fetch(new URL(path, import.meta.url));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

try {
  const [{ exports }, en, zh, lessonsEn, lessonsZh] = await Promise.all([
    loadPlayground('lessons'),
    json('../i18n/en.json'), json('../i18n/zh.json'),
    json('../i18n/lessons.en.json'), json('../i18n/lessons.zh.json'),
  ]);
  exports.startLessons(JSON.stringify({ ...en, ...lessonsEn }), JSON.stringify({ ...zh, ...lessonsZh }));
} catch (error) {
  const message = String(error?.message ?? error);
  document.documentElement.dataset.pageError = message;
  const loading = document.getElementById('loading');
  if (loading) {
    loading.hidden = false;
    loading.textContent = `The lesson could not start: ${message}`;
  }
  throw error;
}
