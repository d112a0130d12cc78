package se.medborgarlofte.cases.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import se.medborgarlofte.cases.CaseViews.Page;
import se.medborgarlofte.cases.CaseViews.PledgeSummary;
import se.medborgarlofte.cases.document.Labels;
import se.medborgarlofte.system.web.FieldProblem;

/**
 * The case list page: the search form as the visitor filled it in, the page of pledges it found (none when the
 * search was wrong, then {@code problems} says why), and the links that keep the search while the visitor sorts and
 * turns pages. The parameters are the API's, so a search moves between {@code /arenden} and {@code /api/pledges}.
 */
record CaseListPage(ListQuery query, Page<PledgeSummary> result, List<FieldProblem> problems) {

    static final String PATH = "/arenden";
    private static final String DEFAULT_SORT = "registrationNumber";

    record Option(String value, String label) {}

    static final List<Option> SORTS = List.of(
            new Option("registrationNumber,desc", "nyast först"),
            new Option("registrationNumber,asc", "äldst först"),
            new Option("updatedAt,desc", "Senast ändrade först"),
            new Option("title,asc", "Rubrik A–Ö"),
            new Option("title,desc", "Rubrik Ö–A"),
            new Option("area,asc", "Område A–Ö"),
            new Option("periodStart,asc", "Periodens början, tidigast först"),
            new Option("periodStart,desc", "Periodens början, senast först"),
            new Option("periodEnd,asc", "Periodens slut, tidigast först"),
            new Option("stage,asc", "Skede"));
    static final List<Integer> SIZES = List.of(10, 20, 50, 100);
    private static final Map<String, String> FIELDS = Map.of(
            "q", "Fritext",
            "stage", "Skede",
            "status", "Status",
            "year", "Registreringsår",
            "area", "Område",
            "party", "Part",
            "sort", "Sortering",
            "size", "Antal per sida",
            "page", "Sida");

    static CaseListPage found(ListQuery query, Page<PledgeSummary> result) {
        return new CaseListPage(query, result, List.of());
    }

    static CaseListPage refused(ListQuery query, List<FieldProblem> problems) {
        return new CaseListPage(query, null, problems);
    }

    public List<Option> statuses() {
        return PledgeListParameters.STATUSES.stream()
                .sorted()
                .map(status -> new Option(status, Labels.pledgeStatus(status)))
                .toList();
    }

    public List<Option> parties() {
        return Labels.partyOrder().stream()
                .filter(PledgeListParameters.PARTIES::contains)
                .map(party -> new Option(party, Labels.party(party)))
                .toList();
    }

    /** The orders to choose from; the number's orders are named with the installation's term for it. */
    public List<Option> sorts(String numberTerm) {
        return SORTS.stream()
                .map(sort -> sort.value().startsWith("registrationNumber,")
                        ? new Option(sort.value(), numberTerm + ", " + sort.label())
                        : sort)
                .toList();
    }

    /** The page sizes to choose from, with the one asked for in the address among them. */
    public List<Integer> sizes() {
        if (SIZES.contains(size())) {
            return SIZES;
        }
        List<Integer> sizes = new ArrayList<>(SIZES);
        sizes.add(size());
        sizes.sort(null);
        return sizes;
    }

    public int size() {
        return result == null ? PledgeListParameters.DEFAULT_SIZE : result.size();
    }

    public String sortField() {
        return blank(query.sort())
                ? DEFAULT_SORT
                : query.sort().split(",", 2)[0].trim();
    }

    public boolean ascending() {
        if (blank(query.sort())) {
            return false;
        }
        String[] parts = query.sort().split(",", 2);
        return parts.length < 2 || parts[1].trim().equalsIgnoreCase("asc");
    }

    /** The value of the sort select: the order the list is in. */
    public String sort() {
        return sortField() + "," + (ascending() ? "asc" : "desc");
    }

    /** {@code aria-sort} of a column's header: set on the column the list is sorted by. */
    public String ariaSort(String field) {
        return field.equals(sortField()) ? (ascending() ? "ascending" : "descending") : null;
    }

    /** Sorts by a column, ascending first and the other way round when it already is. */
    public String sortLink(String field) {
        boolean ascendingNext = !(field.equals(sortField()) && ascending());
        return link(field + "," + (ascendingNext ? "asc" : "desc"), 0);
    }

    public String pageLink(int page) {
        return link(query.sort(), page);
    }

    /** The page shown, counted from 1 as the visitor reads it. */
    public int pageNumber() {
        return result.page() + 1;
    }

    public boolean hasPrevious() {
        return result.page() > 0;
    }

    public boolean hasNext() {
        return result.page() + 1 < result.totalPages();
    }

    /** The position of the first pledge on the page in the whole list, from 1. */
    public long firstItem() {
        return (long) result.page() * result.size() + 1;
    }

    public long lastItem() {
        return firstItem() + result.items().size() - 1;
    }

    /** Whether the visitor filtered the list at all. */
    public boolean filtered() {
        return !blank(query.q())
                || !blank(query.stage())
                || !blank(query.status())
                || !blank(query.year())
                || !blank(query.area())
                || !blank(query.party());
    }

    /** The name of a parameter as the form labels it. */
    public String fieldLabel(String field) {
        return FIELDS.getOrDefault(field, field);
    }

    /** What is wrong with a field of the form, or null. */
    public String problem(String field) {
        return problems.stream()
                .filter(problem -> problem.field().equals(field))
                .map(FieldProblem::message)
                .findFirst()
                .orElse(null);
    }

    private String link(String sort, int page) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", query.q());
        parameters.put("stage", query.stage());
        parameters.put("status", query.status());
        parameters.put("year", query.year());
        parameters.put("area", query.area());
        parameters.put("party", query.party());
        parameters.put("sort", sort);
        parameters.put("size", query.size());
        parameters.put("page", page > 0 ? String.valueOf(page) : null);
        List<String> pairs = new ArrayList<>();
        parameters.forEach((name, value) -> {
            if (!blank(value)) {
                pairs.add(name + "=" + URLEncoder.encode(value.trim(), StandardCharsets.UTF_8));
            }
        });
        StringJoiner link = new StringJoiner("&", PATH + (pairs.isEmpty() ? "" : "?"), "");
        pairs.forEach(link::add);
        return link.toString();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
