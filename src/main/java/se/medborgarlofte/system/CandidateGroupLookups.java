package se.medborgarlofte.system;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * On PostgreSQL, lets a task query of a group's tasks ("Min grupps uppgifter", a candidate-group filter) stop after the
 * page it shows instead of reading every task of the group. The engine joins the tasks to their identity links and
 * removes the duplicates the join makes with {@code DISTINCT} over every column, so PostgreSQL must find, de-duplicate
 * and sort all of a group's open tasks (6,700 of them for {@code polis} at 20,000 open tasks) before it can return 15.
 * Asked instead whether a task has a candidate link to one of the groups ({@code EXISTS}), each task is found once, so
 * no {@code DISTINCT} is needed, and the tasks can be read in the order of the page from the index on
 * {@code (DUE_DATE_, CREATE_TIME_ DESC)} ({@link TaskOrderIndex}). The condition is the engine's own, in the same place,
 * with its parameters in the same order; it is rewritten only when the query's only joins are the identity links and
 * the process definition (one per task), and every condition on the identity links is a candidate-group condition.
 * Any other shape runs as the engine wrote it.
 */
final class CandidateGroupLookups {

    private static final Pattern IDENTITY_JOIN = Pattern.compile(
            "left\\s+join\\s+(?<table>[A-Za-z0-9_.]*ACT_RU_IDENTITYLINK)\\s+I\\s+on\\s+I\\.TASK_ID_\\s*=\\s*RES\\.ID_\\b",
            Pattern.CASE_INSENSITIVE);

    /** The engine's candidate-group condition (Task.xml), whose group parameters stay where they are. */
    private static final Pattern CANDIDATE_GROUPS = Pattern.compile(
            "\\(\\s*I\\.TYPE_\\s*=\\s*'candidate'\\s+and\\s*\\(\\s*I\\.GROUP_ID_\\s+IN\\s*\\((?<groups>[\\s?,]+)\\)\\s*\\)\\s*\\)",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern FROM_TASKS =
            Pattern.compile("\\bfrom\\s+[A-Za-z0-9_.]*ACT_RU_TASK\\s+RES\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern WHERE = Pattern.compile("\\bWHERE\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern JOIN = Pattern.compile("\\bjoin\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFINITION_JOIN = Pattern.compile(
            "left\\s+join\\s+[A-Za-z0-9_.]*ACT_RE_PROCDEF\\s+D\\s+on\\s+RES\\.PROC_DEF_ID_\\s*=\\s*D\\.ID_\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENTITY_REFERENCE = Pattern.compile("\\bI\\.", Pattern.CASE_INSENSITIVE);
    private static final Pattern DISTINCT = Pattern.compile("\\bselect\\s+distinct\\b", Pattern.CASE_INSENSITIVE);

    private CandidateGroupLookups() {}

    /** The task query with its candidate-group join as a lookup per task, or empty when it has another shape. */
    static Optional<String> rewrite(String sql) {
        Matcher join = IDENTITY_JOIN.matcher(sql);
        if (!join.find()) {
            return Optional.empty();
        }
        String table = join.group("table");
        String withoutJoin = sql.substring(0, join.start()) + sql.substring(join.end());
        if (IDENTITY_JOIN.matcher(withoutJoin).find() || !onlyTheDefinitionIsJoined(withoutJoin)) {
            return Optional.empty();
        }
        if (IDENTITY_REFERENCE
                .matcher(CANDIDATE_GROUPS.matcher(withoutJoin).replaceAll(""))
                .find()) {
            return Optional.empty(); // another condition on the links
        }
        Matcher candidate = CANDIDATE_GROUPS.matcher(withoutJoin);
        StringBuilder lookups = new StringBuilder();
        boolean found = false;
        while (candidate.find()) {
            found = true;
            candidate.appendReplacement(
                    lookups,
                    Matcher.quoteReplacement("EXISTS (SELECT 1 FROM " + table + " I WHERE I.TASK_ID_ = RES.ID_"
                            + " AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN (" + candidate.group("groups") + "))"));
        }
        candidate.appendTail(lookups);
        if (!found) {
            return Optional.empty();
        }
        return Optional.of(DISTINCT.matcher(lookups.toString()).replaceFirst("select"));
    }

    /** Between the tasks and the conditions, nothing but the process definition (one per task) is joined. */
    private static boolean onlyTheDefinitionIsJoined(String sql) {
        Matcher from = FROM_TASKS.matcher(sql);
        if (!from.find()) {
            return false;
        }
        Matcher where = WHERE.matcher(sql);
        if (!where.find(from.end())) {
            return false;
        }
        String joins = DEFINITION_JOIN
                .matcher(sql.substring(from.end(), where.start()))
                .replaceAll("");
        return !JOIN.matcher(joins).find();
    }
}
