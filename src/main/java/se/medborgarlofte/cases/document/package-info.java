/**
 * Documents generated from the case file: the public pledge document (HTML, PDF) and the follow-up report (HTML,
 * PDF, CSV). HTML comes from Thymeleaf templates, which escape all user-entered text; PDF is rendered from the same
 * XHTML by openhtmltopdf.
 */
package se.medborgarlofte.cases.document;
