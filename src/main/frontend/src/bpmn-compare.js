// The diagram view of /app/admin/proses/PROCESS/{key}/banding (issue 18): both versions side by side in bpmn-js
// viewers, with what the comparison found marked: removed elements in the older version, added ones in the newer,
// changed ones in both. The tables below stay the accessible, complete list; the diagrams show where it is.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { load } from './deploy.js';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

const root = document.getElementById('diagram-banding');
const ids = (name) => (root.dataset[name] || '').split(',').filter((id) => id.length > 0);
const added = ids('added');
const removed = ids('removed');
const changed = ids('changed');

// A changed timer or condition is reported under its own id (a timerEventDefinition, a conditionExpression): mark
// the shape that holds it.
function shapeIds(viewer) {
  const byId = new Map();
  viewer.get('elementRegistry').getAll().forEach((element) => {
    const bo = element.businessObject;
    // an event's label is an element of its own with the event's business object; the root is the whole diagram
    if (!bo || !bo.id || element.type === 'label' || !element.parent) {
      return;
    }
    byId.set(bo.id, element.id);
    (bo.eventDefinitions || []).forEach((d) => d.id && byId.set(d.id, element.id));
    [ bo.loopCharacteristics, bo.conditionExpression ].forEach((d) => d && d.id && byId.set(d.id, element.id));
  });
  return byId;
}

async function show(container, url, marks) {
  const viewer = new NavigatedViewer({ container });
  await viewer.importXML(await load(url));
  viewer.get('canvas').zoom('fit-viewport');
  const byId = shapeIds(viewer);
  const canvas = viewer.get('canvas');
  let count = 0;
  marks.forEach(([ list, marker ]) => list.forEach((id) => {
    const shape = byId.get(id);
    if (shape) {
      canvas.addMarker(shape, marker);
      count++;
    }
  }));
  container.dataset.marked = String(count);
  return viewer;
}

Promise.all([
  show(document.getElementById('kanvas-dari'), root.dataset.fromFile,
    [ [ removed, 'beda-hapus' ], [ changed, 'beda-ubah' ] ]),
  show(document.getElementById('kanvas-ke'), root.dataset.toFile,
    [ [ added, 'beda-tambah' ], [ changed, 'beda-ubah' ] ])
]).then((viewers) => {
  window.kinerjaCompare = viewers; // the browser test reads the markers through them
  root.dataset.ready = 'true';
}).catch((e) => {
  const box = document.getElementById('hasil');
  box.hidden = false;
  box.className = 'hasil galat';
  box.textContent = (root.dataset.failed || 'Diagram gagal dimuat:') + ' ' + (e && e.message ? e.message : e);
  root.dataset.ready = 'false';
});
