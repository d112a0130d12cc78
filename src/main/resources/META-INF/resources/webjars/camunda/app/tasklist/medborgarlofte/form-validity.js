// Tasklist 7.24 enables "Complete" for a Camunda Form only while form-js reports no errors, and it counts the fields
// in form-js's error map. For a field inside a dynamic list, form-js keeps an entry (an empty list) even when the
// field is valid, so any form with a dynamic list could never be completed. This decorator judges validity by the
// errors the form actually shows instead. Submitting still validates the whole form: a required field left empty is
// then shown as an error and the task stays open.
const angular = window.angular;

function showsErrors(element) {
  return element[0].querySelector('.fjs-has-errors, .fjs-form-field-error') !== null;
}

angular.module('cam.tasklist.form').config(['$provide', ($provide) => {
  $provide.decorator('camTasklistFormCamundaDirective', ['$delegate', ($delegate) => {
    const directive = $delegate[0];
    const link = directive.link;
    directive.compile = () => function (scope, element, attrs, tasklistForm) {
      if (!tasklistForm.medborgarlofteValidity) {
        const notify = tasklistForm.notifyFormValidated.bind(tasklistForm);
        tasklistForm.notifyFormValidated = (invalid) => {
          if (!invalid) {
            notify(false);
            return;
          }
          // form-js renders after it reports; look once the form shows the new state
          setTimeout(() => notify(showsErrors(element)), 0);
        };
        tasklistForm.medborgarlofteValidity = true;
      }
      return link.apply(this, arguments);
    };
    return $delegate;
  }]);
}]);

export default [];
