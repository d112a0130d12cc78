/**
 * Cross-cutting configuration: authentication of the engine REST API and the small adapters between the
 * Camunda engine's variable types and plain Java, kept here so that the feature packages stay engine-light.
 */
package se.medborgarlofte.system;
