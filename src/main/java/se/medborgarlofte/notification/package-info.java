/**
 * Email to the people who must act: when a task is created, its candidate groups' members (or its assignee) get a
 * Swedish message with a link to the task in Tasklist, sent after the engine's transaction commits (logged instead
 * without a mail server). Task deadlines, and on schedules (each run on one node at a time) deadline reminders and
 * escalations (each claimed in {@code deadline_notice} and recorded as sent only once the mail server took it) and the
 * coordinators' weekly digest. Uses {@code identity}, {@code casefile} and {@code system}.
 */
package se.medborgarlofte.notification;
