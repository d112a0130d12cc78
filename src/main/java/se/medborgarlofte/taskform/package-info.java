/**
 * The input contract of user tasks and start events: the deployed Camunda Form decides what a completion may write.
 * {@link se.medborgarlofte.taskform.FormSchema} reads a form's fields and rules, {@link
 * se.medborgarlofte.taskform.FormContract} checks a submission against them (editable fields only, each by the form's
 * own validation) and {@code web/EngineTaskRequestFilter} applies it to every way into a task over HTTP, with the
 * rule that organisation users change the engine only by claiming and completing their own tasks. Uses only
 * {@code system}.
 */
package se.medborgarlofte.taskform;
