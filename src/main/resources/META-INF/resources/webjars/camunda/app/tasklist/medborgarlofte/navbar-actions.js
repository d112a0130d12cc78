// Tasklist's header offers every user "Skapa uppgift" (a standalone task) and "Starta process". Here tasks come only
// from the pledges' processes, so the first is gone for everyone (as the index page's cam-exclude-plugins would do,
// without a copy of that page); the second is shown only to a user who may start a process: one the start dialog
// would list (latest version, active, startable in Tasklist, the user holding CREATE_INSTANCE). The server refuses
// both to the others whatever the page shows (EngineTaskRequestFilter and the engine's authorizations).
const angular = window.angular;

const CREATE_TASK = 'create-task-action';
const START_PROCESS = 'start-process-action';

function take(actions, id) {
  const index = actions.findIndex((action) => action.id === id);
  return index < 0 ? null : {action: actions.splice(index, 1)[0], index};
}

angular.module('cam.tasklist.navigation').run([
  '$rootScope',
  '$http',
  'Uri',
  'Views',
  ($rootScope, $http, Uri, Views) => {
    // Views hands out the registry's own list, which the header reads again on every login: what is taken out here
    // is taken out of the header
    const actions = Views.getProviders({component: 'tasklist.navbar.action'});
    take(actions, CREATE_TASK);
    const startProcess = take(actions, START_PROCESS);
    if (!startProcess) {
      return;
    }
    // the shortcut (ctrl+alt+p) and its line in the shortcut help go and come with the action
    const shortcuts = (window.camTasklistConf && window.camTasklistConf.shortcuts) || {};
    const startShortcut = shortcuts.startProcess;
    let latest = 0;

    function update(authentication) {
      const check = ++latest;
      take(actions, START_PROCESS);
      if (startShortcut) {
        // back for the header's shortcut binding, which is made as the header appears, right after this event
        shortcuts.startProcess = startShortcut;
      }
      if (!authentication) {
        return;
      }
      $http
        .get(Uri.appUri('engine://engine/:engine/process-definition/count'), {
          params: {latestVersion: true, active: true, startableInTasklist: true, startablePermissionCheck: true}
        })
        .then((response) => response.data.count > 0)
        .catch(() => false)
        .then((mayStart) => {
          if (check !== latest) {
            return; // another user has logged in since
          }
          if (mayStart) {
            actions.splice(Math.min(startProcess.index, actions.length), 0, startProcess.action);
          } else {
            delete shortcuts.startProcess;
          }
        });
    }

    // the root scope hears the change before the header is drawn anew for the user
    $rootScope.$on('authentication.changed', (event, authentication) => update(authentication));
    update($rootScope.authentication);
  }
]);

export default [];
