package se.medborgarlofte.system;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * On PostgreSQL, answers the engine's question "which groups hold any grant at all", asked once in every command
 * that checks a logged-in user's authorizations, by skipping through the grants' group index instead of reading every
 * grant. The engine asks it with {@code SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A}; with one grant per
 * candidate group and open task, that reads tens of thousands of rows to find a dozen groups, several times for each
 * Tasklist list. The rewritten statement walks the index {@code ACT_IDX_AUTH_GROUP_ID} from one group to the next
 * (one probe per group) and adds the NULL group when a user grant exists, so it returns exactly the same set. A
 * statement of any other shape runs as the engine wrote it. {@link AuthorizationJoins} installs the rewrite.
 */
final class AuthorizedGroupIds {

    static final String STATEMENT =
            "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity.selectAuthorizedGroupIds";

    private static final Pattern ENGINE_SQL = Pattern.compile(
            "\\s*SELECT\\s+distinct\\s*\\(\\s*A\\.GROUP_ID_\\s*\\)\\s+FROM\\s+(?<table>[A-Za-z0-9_.]*ACT_RU_AUTHORIZATION)"
                    + "\\s+A\\s*",
            Pattern.CASE_INSENSITIVE);

    private AuthorizedGroupIds() {}

    /** The same question as a walk through the index, or empty when the statement is not the engine's. */
    static Optional<String> rewrite(String sql) {
        Matcher engine = ENGINE_SQL.matcher(sql);
        if (!engine.matches()) {
            return Optional.empty();
        }
        String table = engine.group("table");
        return Optional.of("""
                WITH RECURSIVE AUTH_GROUPS (GROUP_ID_) AS (
                  (SELECT A.GROUP_ID_ FROM %1$s A WHERE A.GROUP_ID_ IS NOT NULL ORDER BY A.GROUP_ID_ LIMIT 1)
                  UNION ALL
                  SELECT (SELECT A.GROUP_ID_ FROM %1$s A WHERE A.GROUP_ID_ > G.GROUP_ID_ ORDER BY A.GROUP_ID_ LIMIT 1)
                  FROM AUTH_GROUPS G WHERE G.GROUP_ID_ IS NOT NULL)
                SELECT GROUP_ID_ FROM AUTH_GROUPS WHERE GROUP_ID_ IS NOT NULL
                UNION ALL
                SELECT NULL WHERE EXISTS (SELECT 1 FROM %1$s A WHERE A.GROUP_ID_ IS NULL)""".formatted(table));
    }
}
