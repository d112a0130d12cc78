package se.medborgarlofte.cases.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import se.medborgarlofte.casefile.Stages;
import se.medborgarlofte.cases.PledgeFilter;
import se.medborgarlofte.cases.PledgeSort;
import se.medborgarlofte.system.web.FieldProblem;
import se.medborgarlofte.system.web.InvalidRequestException;

/** Reads and checks the query parameters of the pledge list; every wrong parameter is named in one answer. */
@Component
class PledgeListParameters {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    static final Set<String> STATUSES = Set.of("active", "closed", "renewed");
    static final Set<String> PARTIES = Set.of("polisen", "kommunen", "socialtjansten", "forening", "naringsliv");

    record Parsed(PledgeFilter filter, int page, int size, PledgeSort sort, boolean ascending) {}

    Parsed parse(ListQuery query) {
        String stage = query.stage();
        String status = query.status();
        String year = query.year();
        String area = query.area();
        String party = query.party();
        String text = query.q();
        String page = query.page();
        String size = query.size();
        String sort = query.sort();
        List<FieldProblem> problems = new ArrayList<>();
        String stageValue = oneOf("stage", stage, Stages.keys(), problems);
        String statusValue = oneOf("status", status, STATUSES, problems);
        String partyValue = oneOf("party", party, PARTIES, problems);
        Integer yearValue = number("year", year, 2000, 2100, null, problems);
        Integer pageValue = number("page", page, 0, 100_000, 0, problems);
        Integer sizeValue = number("size", size, 1, MAX_SIZE, DEFAULT_SIZE, problems);
        PledgeSort sortValue = PledgeSort.REGISTRATION_NUMBER;
        boolean ascending = false;
        if (!blank(sort)) {
            String[] parts = sort.split(",", 2);
            PledgeSort chosen = PledgeSort.byField(parts[0].trim());
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
            if (chosen == null) {
                problems.add(new FieldProblem(
                        "sort",
                        "Kan inte sortera på '" + parts[0].trim() + "'; välj bland "
                                + String.join(
                                        ", ",
                                        PledgeSort.fields().stream().sorted().toList()) + "."));
            } else if (!direction.equals("asc") && !direction.equals("desc")) {
                problems.add(new FieldProblem("sort", "Riktningen ska vara asc eller desc."));
            } else {
                sortValue = chosen;
                ascending = direction.equals("asc");
            }
        }
        if (text != null && text.length() > 200) {
            problems.add(new FieldProblem("q", "Söktexten får vara högst 200 tecken."));
        }
        if (area != null && area.length() > 200) {
            problems.add(new FieldProblem("area", "Området får vara högst 200 tecken."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
        return new Parsed(
                new PledgeFilter(
                        stageValue,
                        statusValue,
                        yearValue,
                        blank(area) ? null : area.trim(),
                        partyValue,
                        blank(text) ? null : text.trim()),
                pageValue,
                sizeValue,
                sortValue,
                ascending);
    }

    private static String oneOf(String field, String value, Set<String> allowed, List<FieldProblem> problems) {
        if (blank(value)) {
            return null;
        }
        if (!allowed.contains(value.trim())) {
            problems.add(new FieldProblem(
                    field,
                    "Okänt värde '" + value + "'; välj bland "
                            + String.join(", ", allowed.stream().sorted().toList()) + "."));
            return null;
        }
        return value.trim();
    }

    private static Integer number(
            String field, String value, int min, int max, Integer fallback, List<FieldProblem> problems) {
        if (blank(value)) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number < min || number > max) {
                problems.add(new FieldProblem(field, "Ska vara mellan " + min + " och " + max + "."));
                return fallback;
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "'" + value + "' är inte ett heltal."));
            return fallback;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
