// Starts a class's teacher page: loads the page's own compiled bundle, `teacher` (see loader.js),
// and the two translations, then hands over to Java (playground.client.classroom.teacher.TeacherMain).
import { loadPlayground } from './loader.js';

async function text(path) {
  const response = await fetch(new URL(path, import.meta.url));
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

try {
  const [{ exports }, en, zh] = await Promise.all([
    loadPlayground('teacher'), text('../i18n/en.json'), text('../i18n/zh.json'),
  ]);
  exports.startTeacher(en, zh);
  document.documentElement.dataset.page = 'ready';
} catch (error) {
  const loading = document.getElementById('loading');
  loading.hidden = false;
  loading.textContent = `The class page could not start: ${error?.message ?? error}`;
  document.documentElement.dataset.pageError = String(error?.message ?? error);
  throw error;
}
