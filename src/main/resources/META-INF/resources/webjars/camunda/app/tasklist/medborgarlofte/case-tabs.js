// Tabs beside a task's form: "Ärendet", the pledge the task belongs to (the pledge's own tasks and its measures'),
// and "Mötet", the council meeting its meeting task records. Each shows a panel of the application, rendered for the
// logged-in user by the same rules as the case pages.
import { showPanel } from '../../../../resurser/paneler.js';

const angular = window.angular;

function processKey(task) {
  const definitions = task && task._embedded && task._embedded.processDefinition;
  return definitions && definitions.length ? definitions[0].key : null;
}

// Tasklist shows every tab for every task; ours say for which tasks they apply, and the tab bar leaves out the others.
angular.module('cam.tasklist.task').config(['$provide', ($provide) => {
  $provide.decorator('camTasklistTaskDirective', ['$delegate', ($delegate) => {
    const directive = $delegate[0];
    directive.template = directive.template.replace(
      'ng-repeat="taskDetailTab in taskDetailTabs"',
      'ng-repeat="taskDetailTab in taskDetailTabs" ng-if="!taskDetailTab.appliesTo || taskDetailTab.appliesTo(task)"'
    );
    return $delegate;
  }]);
}]);

export default [
  {
    id: 'medborgarlofte-case',
    pluginPoint: 'tasklist.task.detail',
    // after the form (1000), before the history (800)
    priority: 900,
    label: 'Ärendet',
    appliesTo: (task) => ['medborgarlofte', 'atgard'].includes(processKey(task)),
    render: (node, { taskId }) => showPanel(node, 'paneler/arende?uppgift=' + encodeURIComponent(taskId))
  },
  {
    id: 'medborgarlofte-meeting',
    pluginPoint: 'tasklist.task.detail',
    priority: 900,
    label: 'Mötet',
    appliesTo: (task) => processKey(task) === 'tryggare-radet',
    render: (node, { taskId }) => showPanel(node, 'paneler/mote?uppgift=' + encodeURIComponent(taskId))
  }
];
