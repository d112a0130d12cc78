/**
 * Cross-cutting configuration: the servlet filters in front of the APIs (authentication, security headers), the
 * translation of engine REST errors, and the small adapters between the engine and plain Java (the engine's clock and
 * acting user, JSON variables), kept here so that the feature packages stay engine-light; and the scheduler lock
 * (ShedLock) under which every scheduled job runs on one node at a time.
 */
package se.medborgarlofte.system;
