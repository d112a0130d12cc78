/**
 * Email to the people who must act: when a task is created, its candidate groups' members (or its assignee) get a
 * Swedish message with a link to the task in Tasklist. Sent after the engine's transaction commits; without a
 * configured mail server (the quick start) messages are logged instead.
 */
package se.medborgarlofte.notification;
