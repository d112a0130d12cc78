/**
 * At the bottom, used by every module and using none: the servlet filters in front of the APIs (authentication, the
 * actuator's guard, the end-of-life vulnerability filter and security headers in {@code security}; problem details in
 * {@code web}), the
 * translation of engine errors, the installation's calendar (its one time zone), the parser of form values, the
 * scheduler lock (ShedLock) under which every scheduled job runs on one node at a time, the lookup of the caller's
 * grants that keeps the engine's task queries fast on PostgreSQL, and the small adapters between the engine and plain
 * Java (the engine's clock and acting user, JSON variables).
 */
package se.medborgarlofte.system;
