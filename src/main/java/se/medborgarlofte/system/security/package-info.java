/**
 * Our own HTTP layer in front of the end-of-life engine: it closes the two published vulnerabilities of Camunda 7.24
 * (CVE-2026-77226, the Admin setup endpoint; CVE-2026-109432, expressions in task queries) and sets security headers.
 * Kept apart from the engine so that the move to Operaton stays a rename.
 */
@org.springframework.modulith.NamedInterface("security")
package se.medborgarlofte.system.security;
