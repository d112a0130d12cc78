/**
 * Users, groups and Tasklist filters. The eight organisation groups are the candidate groups of the BPMN models;
 * they, the shared Tasklist filters and (in the {@code demo} profile) the demo users are created at start-up.
 */
package se.medborgarlofte.identity;
