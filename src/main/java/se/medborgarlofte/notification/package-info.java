/**
 * Email to the people who must act: when a task is created, its candidate groups' members (or its assignee) get a
 * Swedish message with a link to the task in Tasklist. Sent after the engine's transaction commits; without a
 * configured mail server (the quick start) messages are logged instead. On schedules, deadline reminders and
 * escalations (each claimed in {@code deadline_notice} and recorded as sent only once the mail server took it) and the
 * coordinators' weekly digest, each run on one node at a time.
 */
package se.medborgarlofte.notification;
