package se.medborgarlofte.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The authorization join of the engine's task and variable queries is rewritten into lookups in the same grants only
 * when the statement has exactly the engine's shape, with the grants' sub-query and its parameters unchanged and in
 * their place.
 */
class AuthorizationJoinsTests {

    /** The grants of the engine's join, as PostgreSQL receives them (Authorization.xml). */
    static final String GRANTS = """
            SELECT A.*
            FROM ACT_RU_AUTHORIZATION A
            WHERE A.TYPE_ < 2
            AND ( A.USER_ID_ in ( ?, '*')
            OR A.GROUP_ID_ IN  (  ? )
            )
            AND (
            (
            A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?
            OR
            A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?
            )
            )
            """;

    /** "Min grupps uppgifter" as polis: the list, as the engine sends it to PostgreSQL. */
    static final String LIST = """
            select distinct
            RES.REV_, RES.ID_, RES.NAME_, RES.DUE_DATE_, RES.TASK_STATE_
            from ACT_RU_TASK RES
            left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
            left join
            ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
            left join
            (
            %s)
            AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
            WHERE  (
            1 = 1 and
            (  I.TYPE_ = 'candidate'
            and
            (
            I.GROUP_ID_ IN
            (
            ?
            )
            ) )
            )
            and (
            (RES.CASE_EXECUTION_ID_ IS NOT NULL)
            OR
            (AUTH.RESOURCE_ID_ IS NOT NULL)
            )
            and (RES.TENANT_ID_ is null
            )
            order by RES.DUE_DATE_ asc, RES.DUE_DATE_ asc
            LIMIT ? OFFSET ?
            """.formatted(GRANTS);

    /** The same filter's count. */
    static final String COUNT = """
            SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_
            from ACT_RU_TASK RES
            left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
            left join
            ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
            left join
            (
            %s)
            AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))
            WHERE  (
            1 = 1 and
            (  I.TYPE_ = 'candidate'
            and
            (
            I.GROUP_ID_ IN
            (
            ?
            )
            ) )
            )
            and (
            (RES.CASE_EXECUTION_ID_ IS NOT NULL)
            OR
            (AUTH.RESOURCE_ID_ IS NOT NULL)
            )
            and (RES.TENANT_ID_ is null
            )
            ) countDistinct
            """.formatted(GRANTS);

    /** The variables Tasklist shows in the filter's list, for the tasks of the page (fewer here). */
    static final String VARIABLES = """
            select distinct RES.*
            from (
            select
            RES.*,
            (
            case
            when
            RES.TASK_ID_ is not null
            and RES.EXECUTION_ID_ is not null
            then EXECUTION.ACT_INST_ID_
            else EXECUTION.ACT_INST_ID_
            end
            ) ACT_INST_ID_
            from ACT_RU_VARIABLE RES
            left join ACT_RU_EXECUTION EXECUTION
            on RES.EXECUTION_ID_ = EXECUTION.ID_
            left join ACT_RU_EXECUTION PARENT_EXECUTION
            on EXECUTION.PARENT_ID_ = PARENT_EXECUTION.ID_
            left join ACT_RU_EXECUTION PROC_EXECUTION
            on PROC_EXECUTION.ID_ = RES.PROC_INST_ID_
            left join ACT_RE_PROCDEF PROCDEF
            on PROCDEF.ID_ = PROC_EXECUTION.PROC_DEF_ID_
            left join
            (
            SELECT A.*
            FROM ACT_RU_AUTHORIZATION A
            WHERE A.TYPE_ < 2
            AND ( A.USER_ID_ in ( ?, '*')
            OR A.GROUP_ID_ IN  (  ? )
            )
            AND (
            (
            A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?
            OR
            A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?
            OR
            A.RESOURCE_TYPE_ = ? AND A.PERMS_ & ? = ?
            )
            )
            )
            AUTH ON (AUTH.RESOURCE_ID_ IN (
            RES.PROC_INST_ID_
            , PROC_EXECUTION.ID_
            , PROCDEF.KEY_
            , RES.TASK_ID_
            , '*'
            )
            )
            WHERE  RES.NAME_ in
            (
            ?
            ,
            ?
            )
            and RES.VAR_SCOPE_ in
            (
            ?
            ,
            ?
            )
            and (
            (RES.CASE_EXECUTION_ID_ IS NOT NULL)
            OR
            (AUTH.RESOURCE_ID_ IS NOT NULL)
            )
            and (RES.TENANT_ID_ is null
            )
            ) RES
            order by RES.ID_ asc
            LIMIT ? OFFSET ?
            """;

    private static final String LOOKUPS = "(EXISTS (SELECT 1 FROM QUERY_GRANTS WHERE QUERY_GRANTS.RESOURCE_ID_ = '*')"
            + " OR RES.ID_ IN (SELECT QUERY_GRANTS.RESOURCE_ID_ FROM QUERY_GRANTS)"
            + " OR D.KEY_ IN (SELECT QUERY_GRANTS.RESOURCE_ID_ FROM QUERY_GRANTS))";

    @Test
    void asksTheListsGrantsOnceAndLooksTasksUpInThem() {
        String rewritten = AuthorizationJoins.rewrite(LIST).orElseThrow();

        assertThat(rewritten)
                .startsWith("WITH QUERY_GRANTS AS (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE "
                        + GRANTS.substring(GRANTS.indexOf("A.TYPE_")).stripTrailing())
                .contains("(RES.CASE_EXECUTION_ID_ IS NOT NULL)\nOR\n" + LOOKUPS)
                .doesNotContain("AUTH ON", "AUTH.")
                .endsWith("order by RES.DUE_DATE_ asc, RES.DUE_DATE_ asc\nLIMIT ? OFFSET ?\n");
        assertThat(normalized(rewritten.substring(rewritten.indexOf(") select distinct") + 2)))
                .isEqualTo(normalized(
                        LIST.replace(joinOf(LIST), " ").replace("(AUTH.RESOURCE_ID_ IS NOT NULL)", LOOKUPS)));
        assertThat(parameters(rewritten)).isEqualTo(parameters(LIST));
    }

    @Test
    void asksTheCountsGrantsOnceAndLooksTasksUpInThem() {
        String rewritten = AuthorizationJoins.rewrite(COUNT).orElseThrow();

        assertThat(rewritten)
                .startsWith("WITH QUERY_GRANTS AS (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2")
                .contains(") SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_", LOOKUPS)
                .doesNotContain("AUTH ON", "AUTH.")
                .endsWith(") countDistinct\n");
        assertThat(parameters(rewritten)).isEqualTo(parameters(COUNT));
    }

    @Test
    void looksTheVariablesUpByEachOfTheColumnsTheJoinCompared() {
        String rewritten = AuthorizationJoins.rewrite(VARIABLES).orElseThrow();

        assertThat(rewritten)
                .startsWith("WITH QUERY_GRANTS AS (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2")
                .contains("(RES.CASE_EXECUTION_ID_ IS NOT NULL)\nOR\n"
                        + "(EXISTS (SELECT 1 FROM QUERY_GRANTS WHERE QUERY_GRANTS.RESOURCE_ID_ = '*')"
                        + " OR RES.PROC_INST_ID_ IN (SELECT QUERY_GRANTS.RESOURCE_ID_ FROM QUERY_GRANTS)"
                        + " OR PROC_EXECUTION.ID_ IN (SELECT QUERY_GRANTS.RESOURCE_ID_ FROM QUERY_GRANTS)"
                        + " OR PROCDEF.KEY_ IN (SELECT QUERY_GRANTS.RESOURCE_ID_ FROM QUERY_GRANTS)"
                        + " OR RES.TASK_ID_ IN (SELECT QUERY_GRANTS.RESOURCE_ID_ FROM QUERY_GRANTS))\n)")
                .doesNotContain("AUTH ON", "AUTH.");
        assertThat(parameters(rewritten)).isEqualTo(parameters(VARIABLES));
    }

    @Test
    void keepsTheEnginesTablePrefix() {
        String prefixed = LIST.replace("FROM ACT_RU_AUTHORIZATION A", "FROM engine.ACT_RU_AUTHORIZATION A")
                .replace("from ACT_RU_TASK RES", "from engine.ACT_RU_TASK RES");

        assertThat(AuthorizationJoins.rewrite(prefixed).orElseThrow())
                .startsWith("WITH QUERY_GRANTS AS (SELECT A.RESOURCE_ID_ FROM engine.ACT_RU_AUTHORIZATION A WHERE");
    }

    @Test
    void leavesEveryOtherShapeAsTheEngineWroteIt() {
        assertThat(AuthorizationJoins.rewrite("select * from ACT_RU_TASK where ID_ = ?"))
                .as("no authorization check")
                .isEmpty();
        assertThat(AuthorizationJoins.rewrite(LIST.replace("left join\n(\nSELECT A.*", "inner join\n(\nSELECT A.*")))
                .as("the inner join of an engine without CMMN")
                .isEmpty();
        assertThat(AuthorizationJoins.rewrite(LIST.replace("distinct\n", "distinct ?,\n")))
                .as("a parameter before the grants would change places")
                .isEmpty();
        assertThat(AuthorizationJoins.rewrite("WITH X AS (SELECT 1) " + LIST))
                .as("a statement with a common table expression of its own")
                .isEmpty();
        assertThat(AuthorizationJoins.rewrite(LIST.replace(
                        "(AUTH.RESOURCE_ID_ IS NOT NULL)\n)",
                        "(AUTH.RESOURCE_ID_ IS NOT NULL)\nAND AUTH1.RESOURCE_ID_ IS NOT NULL\n)")))
                .as("a second permission check that refers to another join")
                .isEmpty();
        assertThat(AuthorizationJoins.rewrite(LIST.replace("(AUTH.RESOURCE_ID_ IS NOT NULL)", "1 = 1")))
                .as("no condition on the join")
                .isEmpty();
        assertThat(AuthorizationJoins.rewrite(LIST.replace("RES.ID_ , D.KEY_ , '*'", "RES.ID_ , D.KEY_")))
                .as("a join without the grants on every resource")
                .isEmpty();
        assertThat(AuthorizationJoins.rewrite(LIST.replace("RES.ID_ , D.KEY_ , '*'", "RES.ID_ , lower(D.KEY_) , '*'")))
                .as("a join on something other than columns")
                .isEmpty();
        assertThat(AuthorizationJoins.rewrite(LIST.replace("A.GROUP_ID_ IN  (  ? )\n)", "A.GROUP_ID_ IN  (  ? )\n")))
                .as("grants whose parentheses do not close")
                .isEmpty();
    }

    @Test
    void leavesTheRevokeAwareFormAlone() {
        String revokeAware = """
                SELECT COUNT(*) FROM (SELECT DISTINCT RES.ID_
                from ACT_RU_TASK RES
                left join ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
                WHERE ( CASE WHEN RES.CASE_EXECUTION_ID_ is not null THEN 1 ELSE ( COALESCE(( SELECT CASE
                WHEN RES.ID_ IN (SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ = 1
                AND A.USER_ID_ = ? AND A.PERMS_ & ? = ? AND A.RESOURCE_TYPE_ = ? AND A.RESOURCE_ID_ = RES.ID_) THEN 1
                ELSE null END ), 0) ) END ) = 1
                ) countDistinct
                """;

        assertThat(AuthorizationJoins.rewrite(revokeAware)).isEmpty();
    }

    private static String joinOf(String sql) {
        int start = sql.indexOf("left join\n(\nSELECT A.*");
        String end = "AUTH ON (AUTH.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*' ))";
        return sql.substring(start, sql.indexOf(end) + end.length());
    }

    private static String normalized(String sql) {
        return sql.replaceAll("\\s+", " ").trim();
    }

    /** The text around each parameter in order, so that a parameter that moved or vanished shows. */
    private static java.util.List<String> parameters(String sql) {
        java.util.List<String> contexts = new java.util.ArrayList<>();
        String flat = normalized(sql);
        for (int at = flat.indexOf('?'); at >= 0; at = flat.indexOf('?', at + 1)) {
            contexts.add(flat.substring(Math.max(0, at - 20), at));
        }
        return contexts;
    }
}
