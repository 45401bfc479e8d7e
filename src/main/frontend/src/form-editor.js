import { FormEditor } from '@bpmn-io/form-js-editor';
import { page, load, wireDeploy, failed } from './deploy.js';

import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import '@bpmn-io/form-js-editor/dist/assets/dragula.css';

// form-js-editor 1.8.x writes schemaVersion 16, the schema Tasklist 7.24 renders (decision 91)
const p = page();
const editor = new FormEditor({ container: p.canvas });
window.kinerjaEditor = editor;

load(p.fileUrl)
  .then((json) => editor.importSchema(JSON.parse(json)))
  .then(() => { p.root.dataset.ready = 'true'; })
  .catch((e) => failed(p, e));

wireDeploy(p, async () => JSON.stringify(editor.saveSchema(), null, 2));
