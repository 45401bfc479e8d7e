import DmnModeler from 'dmn-js/lib/Modeler';
import translateId from './translate-id.js';
import { page, load, wireDeploy, failed } from './deploy.js';

import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn.css';

const p = page();
const modeler = new DmnModeler({
  container: p.canvas,
  common: { additionalModules: [ translateId ] }
});
window.kinerjaEditor = modeler;

load(p.fileUrl)
  .then((xml) => modeler.importXML(xml))
  .then(() => {
    const table = modeler.getViews().find((v) => v.type === 'decisionTable');
    if (table) {
      return modeler.open(table);
    }
  })
  .then(() => { p.root.dataset.ready = 'true'; })
  .catch((e) => failed(p, e));

wireDeploy(p, async () => (await modeler.saveXML({ format: true })).xml);
