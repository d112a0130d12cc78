// What every Camunda webapp (Tasklist, Cockpit, Admin, Welcome) still says in English with locales/sv.json, in
// Swedish. Each app's scripts/config.js loads it: customScripts: ['../medborgarlofte/webapps-sv'].
const angular = window.angular;

// The page is Swedish: screen readers read it with a Swedish voice (the shipped index.html says lang="en").
document.documentElement.lang = 'sv';

// The header's menu of the other apps (the house, also on the login page) names them with labels written into
// Camunda's header in English; these are the names the apps call themselves in their config.js.
const APP_NAMES = {
  tasklist: 'Uppgifter',
  cockpit: 'Processöversikt',
  admin: 'Administration',
  welcome: 'Startsida'
};

// Messages some screens post with English texts written into the code instead of translation keys (Admin when
// adding group or tenant members fails, Cockpit's job priority dialog).
const NOTIFICATION_TEXTS = {
  Error: 'Fel',
  Failed: 'Misslyckades',
  'This process definition has no job definitions associated with. The job priority cannot be overridden.':
    'Processdefinitionen har inga jobbdefinitioner, så det finns ingen jobbprioritet att ändra.'
};

angular.module('camunda.common.widgets').config([
  '$provide',
  ($provide) => {
    $provide.decorator('camWidgetHeaderDirective', [
      '$delegate',
      ($delegate) => {
        const header = $delegate[0];
        // Cockpit and Admin give the menu button's screen-reader text as a translation key, which the header shows
        // untranslated ("CAM_WIDGET_HEADER_TOGGLE_NAVIGATION"); Tasklist and Welcome give the text itself, which
        // the filter leaves as it is
        header.template = header.template.replace('{{ toggleNavigation }}', '{{ toggleNavigation | translate }}');
        const controller = header.controller;
        header.controller = [
          '$scope',
          '$injector',
          function ($scope, $injector) {
            $injector.invoke(controller, this, {$scope});
            $scope.$watch('apps', (apps) => {
              Object.keys(apps || {}).forEach((name) => {
                apps[name].label = APP_NAMES[name] || apps[name].label;
              });
            });
          }
        ];
        return $delegate;
      }
    ]);
  }
]);

// The close button of ui-bootstrap's alerts (e.g. "Processen kunde inte startas." in Tasklist's start dialog) is read
// out as "Close".
angular.module('uib/template/alert/alert.html').run([
  '$templateCache',
  ($templateCache) => {
    const name = 'uib/template/alert/alert.html';
    const template = $templateCache.get(name);
    if (template) {
      $templateCache.put(
        name,
        template.replace('<span class="sr-only">Close</span>', '<span class="sr-only">Stäng</span>')
      );
    }
  }
]);

angular.module('camunda.common.services').config([
  '$provide',
  ($provide) => {
    $provide.decorator('Notifications', [
      '$delegate',
      (notifications) => {
        const add = notifications.add;
        notifications.add = function (notification) {
          ['status', 'message'].forEach((field) => {
            if (typeof notification[field] === 'string' && NOTIFICATION_TEXTS[notification[field]]) {
              notification[field] = NOTIFICATION_TEXTS[notification[field]];
            }
          });
          return add.apply(this, arguments);
        };
        return notifications;
      }
    ]);
  }
]);

export default [];
