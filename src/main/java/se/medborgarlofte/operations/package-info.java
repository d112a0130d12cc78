/**
 * Ready to operate: what the orchestrator and the monitoring read of a node. The job executor's health for the
 * readiness group ({@code /actuator/health/readiness}), and the case gauges on {@code /actuator/prometheus}: open and
 * overdue tasks per candidate group, pledges per stage and the job executor's backlog, each counted by one grouped
 * query on a schedule of its own rather than on every scrape. Uses {@code system}, the case file's stages and the
 * organisation groups of {@code identity}; nothing uses it.
 */
package se.medborgarlofte.operations;
