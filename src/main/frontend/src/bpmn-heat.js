// The heat view of /app/dasbor/hambatan (issue 19): each process with open tasks drawn by bpmn-js, every waiting step
// marked by how many tasks wait there (a count badge, red when some are overdue; the shape shaded by its share of the
// busiest step). The figures come from the table printed under each diagram, which stays the accessible version.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { load } from './deploy.js';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

const LEVELS = 4;

function rows(figure) {
  const table = document.getElementById(figure.dataset.table);
  return Array.from(table ? table.querySelectorAll('tbody tr[data-activity]') : []).map((row) => ({
    id: row.dataset.activity,
    open: Number(row.dataset.open) || 0,
    overdue: Number(row.dataset.overdue) || 0
  }));
}

async function draw(figure) {
  const container = figure.querySelector('.peta-kanvas');
  const viewer = new NavigatedViewer({ container });
  await viewer.importXML(await load(figure.dataset.diagram));
  const canvas = viewer.get('canvas');
  canvas.zoom('fit-viewport');
  const registry = viewer.get('elementRegistry');
  const overlays = viewer.get('overlays');
  const steps = rows(figure);
  const most = Math.max(1, ...steps.map((s) => s.open));
  let drawn = 0;
  steps.forEach((step) => {
    const shape = registry.get(step.id);
    if (!shape) {
      return; // a task of an older version that the latest no longer has: it stays in the table
    }
    const level = Math.max(1, Math.ceil((step.open / most) * LEVELS));
    canvas.addMarker(shape, 'panas-' + level);
    const badge = document.createElement('span');
    badge.className = 'lencana-panas' + (step.overdue > 0 ? ' terlambat' : '');
    badge.textContent = String(step.open);
    badge.dataset.activity = step.id;
    overlays.add(shape, 'panas', { position: { top: -10, right: 10 }, html: badge });
    drawn++;
  });
  figure.dataset.drawn = String(drawn);
  return viewer;
}

const figures = Array.from(document.querySelectorAll('figure.peta-hambatan[data-diagram]'));
Promise.all(figures.map((figure) => draw(figure).catch((e) => {
  const note = document.createElement('p');
  note.className = 'alert error';
  note.textContent = (figure.dataset.failed || 'Diagram gagal dimuat:') + ' ' + (e && e.message ? e.message : e);
  figure.insertBefore(note, figure.querySelector('.peta-kanvas'));
  figure.dataset.drawn = 'error';
}))).then(() => {
  document.body.dataset.petaSiap = 'true';
});
