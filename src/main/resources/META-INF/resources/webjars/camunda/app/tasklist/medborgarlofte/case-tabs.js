// Tabs beside a task's form: "Ärendet", the pledge the task belongs to (the pledge's own tasks and its measures'),
// "Bilagor", that pledge's attachments with an upload form, and "Mötet", the council meeting its meeting task records. Each shows a panel of the application, rendered for the
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

// The webapps' CSRF token, which our API asks of a browser's changing request (as the webapps' own API does).
function csrfToken() {
  const cookie = document.cookie.split('; ').find((pair) => pair.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

// The answer of a refused upload in words: the problem's detail and each field's message (RFC 7807 from our API).
function refusal(response) {
  return response.json()
    .then((problem) => [problem.errors ? '' : problem.detail]
      .concat((problem.errors || []).map((error) => error.message))
      .filter((text) => text)
      .join(' '))
    .catch(() => 'Bilagan kunde inte laddas upp (' + response.status + '). Försök igen.');
}

// The panel's upload form goes to the API with the token; the panel is then shown again with the new attachment.
function showAttachments(node, taskId, afterwards) {
  showPanel(node, 'paneler/bilagor?uppgift=' + encodeURIComponent(taskId)).then(() => {
    const form = node.querySelector('form[data-ml-upload]');
    if (!form) {
      return;
    }
    const status = form.querySelector('.ml-upload-status');
    if (afterwards) {
      status.textContent = afterwards;
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const button = form.querySelector('button[type="submit"]');
      button.disabled = true;
      status.textContent = 'Laddar upp …';
      fetch(form.getAttribute('data-ml-upload'), {
        method: 'POST',
        body: new FormData(form),
        credentials: 'same-origin',
        headers: { Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() }
      })
        .then((response) => {
          if (response.ok) {
            showAttachments(node, taskId, 'Bilagan är tillagd.');
            return null;
          }
          return refusal(response).then((text) => {
            status.textContent = text;
            button.disabled = false;
          });
        })
        .catch(() => {
          status.textContent = 'Det gick inte att ladda upp bilagan. Kontrollera anslutningen och försök igen.';
          button.disabled = false;
        });
    });
  });
}

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
    id: 'medborgarlofte-attachments',
    pluginPoint: 'tasklist.task.detail',
    priority: 890,
    label: 'Bilagor',
    appliesTo: (task) => ['medborgarlofte', 'atgard'].includes(processKey(task)),
    render: (node, { taskId }) => showAttachments(node, taskId)
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
