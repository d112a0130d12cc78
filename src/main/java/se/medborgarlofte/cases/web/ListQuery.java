package se.medborgarlofte.cases.web;

/**
 * The pledge list's query parameters as the caller sent them, unchecked: the same names on the API
 * ({@code /api/pledges}) and on the case list page ({@code /arenden}), read by {@link PledgeListParameters}.
 */
record ListQuery(
        String stage,
        String status,
        String year,
        String area,
        String party,
        String q,
        String page,
        String size,
        String sort) {}
