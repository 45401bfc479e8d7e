// bpmnlint's recommended rules in the browser, resolved from the bundled bpmnlint package (no bpmnlint-loader):
// warnings only — the deployment gate (admin.DeploymentGate) is what refuses a model.
import labelRequired from 'bpmnlint/rules/label-required';
import noDisconnected from 'bpmnlint/rules/no-disconnected';
import noImplicitSplit from 'bpmnlint/rules/no-implicit-split';
import startEventRequired from 'bpmnlint/rules/start-event-required';
import endEventRequired from 'bpmnlint/rules/end-event-required';
import noDuplicateSequenceFlows from 'bpmnlint/rules/no-duplicate-sequence-flows';
import fakeJoin from 'bpmnlint/rules/fake-join';
import singleBlankStartEvent from 'bpmnlint/rules/single-blank-start-event';
import superfluousGateway from 'bpmnlint/rules/superfluous-gateway';
import noGatewayJoinFork from 'bpmnlint/rules/no-gateway-join-fork';

const rules = {
  'label-required': labelRequired,
  'no-disconnected': noDisconnected,
  'no-implicit-split': noImplicitSplit,
  'start-event-required': startEventRequired,
  'end-event-required': endEventRequired,
  'no-duplicate-sequence-flows': noDuplicateSequenceFlows,
  'fake-join': fakeJoin,
  'single-blank-start-event': singleBlankStartEvent,
  'superfluous-gateway': superfluousGateway,
  'no-gateway-join-fork': noGatewayJoinFork
};

export const lintConfig = {
  config: { rules: Object.fromEntries(Object.keys(rules).map((name) => [ name, 'warn' ])) },
  resolver: {
    resolveRule(pkg, name) {
      return pkg === 'bpmnlint' ? rules[name] : undefined;
    },
    resolveConfig() {
      return undefined;
    }
  }
};
