import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import lintModule from 'bpmn-js-bpmnlint';
import translateId from './translate-id.js';
import { lintConfig } from './lint-config.js';
import { page, load, wireDeploy, failed } from './deploy.js';

import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';

const p = page();
const modeler = new BpmnModeler({
  container: p.canvas,
  propertiesPanel: { parent: '#panel' },
  linting: { bpmnlint: lintConfig, active: true },
  additionalModules: [
    BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule,
    CamundaBehaviorsModule, lintModule, translateId
  ],
  moddleExtensions: { camunda: camundaModdle }
});
window.kinerjaEditor = modeler; // the browser test reads and edits the model through it

load(p.fileUrl)
  .then((xml) => modeler.importXML(xml))
  .then(() => {
    modeler.get('canvas').zoom('fit-viewport');
    p.root.dataset.ready = 'true';
  })
  .catch((e) => failed(p, e));

wireDeploy(p, async () => (await modeler.saveXML({ format: true })).xml);
