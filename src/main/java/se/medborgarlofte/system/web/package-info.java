/**
 * The HTTP conventions of the application's own API under {@code /api}: RFC 7807 problem details with a Swedish
 * {@code detail} and per-field {@code errors}, and no stack trace ever.
 */
@org.springframework.modulith.NamedInterface("web")
package se.medborgarlofte.system.web;
