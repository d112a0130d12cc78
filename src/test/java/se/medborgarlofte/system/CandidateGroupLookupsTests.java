package se.medborgarlofte.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A group's task list and count ask per task whether it has a candidate link to the groups, instead of joining the
 * links and removing the duplicates over every column; only in exactly the engine's shape, parameters in place.
 */
class CandidateGroupLookupsTests {

    private static final String EXISTS = "EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_"
            + " AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN (\n?\n))";

    @Test
    void theListOfAGroupsTasksLooksUpTheCandidateLinkAndTheGrantPerTaskWithoutDistinct() {
        AuthorizationJoins.Rewritten list = AuthorizationJoins.rewrite(
                        "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria",
                        AuthorizationJoinsTests.LIST)
                .orElseThrow();
        String rewritten = list.sql();

        assertThat(rewritten)
                .startsWith("select\nRES.REV_, RES.ID_")
                .contains(EXISTS, "left join\nACT_RE_PROCDEF D on")
                .contains("EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ < 2")
                .contains("AND A.RESOURCE_ID_ IN ( RES.ID_ , D.KEY_ , '*'))")
                .doesNotContain("distinct", "ACT_RU_IDENTITYLINK I on", "AUTH ON", "QUERY_GRANTS")
                .endsWith("order by RES.DUE_DATE_ asc, RES.DUE_DATE_ asc\nLIMIT ? OFFSET ?\n");
        assertThat(parameters(rewritten)).isEqualTo(parameters(AuthorizationJoinsTests.LIST));
        // the group of the candidate condition first, then the grants' eight, then the page
        assertThat(list.parameterOrder()).containsExactly(8, 0, 1, 2, 3, 4, 5, 6, 7, 9, 10);
    }

    @Test
    void theCountDoesTheSameButCollectsTheGrantsOnce() {
        AuthorizationJoins.Rewritten count = AuthorizationJoins.rewrite(
                        "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria",
                        AuthorizationJoinsTests.COUNT)
                .orElseThrow();
        assertThat(count.reordered()).isFalse();
        String rewritten = count.sql();

        assertThat(rewritten)
                .startsWith("WITH QUERY_GRANTS AS (")
                .contains(") SELECT COUNT(*) FROM (select RES.ID_", EXISTS)
                .doesNotContain("ACT_RU_IDENTITYLINK I on", "AUTH ON");
        assertThat(parameters(rewritten)).isEqualTo(parameters(AuthorizationJoinsTests.COUNT));
    }

    @Test
    void anAdministratorsQueryWithoutAuthorizationJoinIsRewrittenAlike() {
        String admin = """
                select distinct RES.ID_, RES.NAME_
                from ACT_RU_TASK RES
                left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
                left join
                ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
                WHERE ( 1 = 1 and ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? , ? ) ) ) )
                order by RES.DUE_DATE_ asc LIMIT ? OFFSET ?""";

        assertThat(CandidateGroupLookups.rewrite(admin)).hasValue("""
                        select RES.ID_, RES.NAME_
                        from ACT_RU_TASK RES

                        left join
                        ACT_RE_PROCDEF D on RES.PROC_DEF_ID_ = D.ID_
                        WHERE ( 1 = 1 and EXISTS (SELECT 1 FROM ACT_RU_IDENTITYLINK I WHERE I.TASK_ID_ = RES.ID_\
                         AND I.TYPE_ = 'candidate' AND I.GROUP_ID_ IN ( ? , ? )) )
                        order by RES.DUE_DATE_ asc LIMIT ? OFFSET ?""");
    }

    @Test
    void otherConditionsOnTheLinksOrOtherJoinsKeepTheEnginesQuery() {
        String candidateUser = """
                select distinct RES.ID_ from ACT_RU_TASK RES
                left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
                WHERE ( I.TYPE_ = 'candidate' and ( I.USER_ID_ = ? or I.GROUP_ID_ IN ( ? ) ) )""";
        String variableJoin = """
                select distinct RES.ID_ from ACT_RU_TASK RES
                left join ACT_RU_IDENTITYLINK I on I.TASK_ID_ = RES.ID_
                inner join ACT_RU_VARIABLE A0 on RES.ID_ = A0.TASK_ID_
                WHERE ( ( I.TYPE_ = 'candidate' and ( I.GROUP_ID_ IN ( ? ) ) ) ) order by A0.TEXT_""";
        String noLinks = "select distinct RES.ID_ from ACT_RU_TASK RES WHERE RES.ASSIGNEE_ = ?";

        assertThat(CandidateGroupLookups.rewrite(candidateUser)).isEmpty();
        assertThat(CandidateGroupLookups.rewrite(variableJoin)).isEmpty();
        assertThat(CandidateGroupLookups.rewrite(noLinks)).isEmpty();
        AuthorizationJoins.Rewritten variables = AuthorizationJoins.rewrite(
                        "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity"
                                + ".selectVariableInstanceByQueryCriteria",
                        AuthorizationJoinsTests.VARIABLES)
                .orElseThrow();
        assertThat(variables.sql())
                .doesNotContain("ACT_RU_IDENTITYLINK", "AUTH ON", "QUERY_GRANTS")
                .contains("AND A.RESOURCE_ID_ IN (\nRES.PROC_INST_ID_\n, PROC_EXECUTION.ID_\n, PROCDEF.KEY_\n,"
                        + " RES.TASK_ID_\n, '*'))");
        // the names and scopes first, then the grants' eleven, then the page
        assertThat(variables.parameterOrder())
                .containsExactly(11, 12, 13, 14, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 15, 16);
    }

    private static long parameters(String sql) {
        return sql.chars().filter(c -> c == '?').count();
    }
}
