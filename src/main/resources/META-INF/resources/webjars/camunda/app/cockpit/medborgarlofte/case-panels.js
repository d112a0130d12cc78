// The coordinator's overview of every running pledge on Cockpit's dashboard, and the tab "Ärendet" beside a process
// instance: panels of the application, rendered for the logged-in user by the same rules as the case pages.
import { showPanel } from '../../../../resurser/paneler.js';

export default [
  {
    id: 'medborgarlofte-overview',
    pluginPoint: 'cockpit.dashboard',
    priority: 100,
    render: (node) => showPanel(node, 'paneler/oversikt')
  },
  {
    id: 'medborgarlofte-case',
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    // the first tab: before the variables (priority 20)
    priority: 100,
    label: 'Ärendet',
    render: (node, { processInstanceId }) =>
      showPanel(node, 'paneler/arende?process=' + encodeURIComponent(processInstanceId))
  }
];
