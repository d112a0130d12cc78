/**
 * Users, groups, engine authorizations and Tasklist filters. The eight organisation groups are the candidate groups of
 * the BPMN models; they, the configured grants, the shared Tasklist filters and (in the {@code demo} profile) the demo
 * users are created at start-up; {@code WorkflowGroups} creates an organisation's own group with the same rights. Uses
 * {@code casefile} (the case variables the filters show) and {@code system}.
 */
package se.medborgarlofte.identity;
