package se.medborgarlofte.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only the engine's own question for the groups that hold grants is answered by a walk through the group index. */
class AuthorizedGroupIdsTests {

    @Test
    void theEnginesStatementBecomesAWalkThroughTheGroupIndexThatKeepsTheNullGroup() {
        String walk = AuthorizedGroupIds.rewrite("SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A\n")
                .orElseThrow();

        assertThat(walk)
                .startsWith("WITH RECURSIVE AUTH_GROUPS")
                .contains("WHERE A.GROUP_ID_ > G.GROUP_ID_ ORDER BY A.GROUP_ID_ LIMIT 1")
                .contains("SELECT NULL WHERE EXISTS (SELECT 1 FROM ACT_RU_AUTHORIZATION A WHERE A.GROUP_ID_ IS NULL)")
                .doesNotContain("?");
    }

    @Test
    void aTablePrefixIsKept() {
        assertThat(AuthorizedGroupIds.rewrite("SELECT distinct(A.GROUP_ID_) FROM engine.ACT_RU_AUTHORIZATION A"))
                .hasValueSatisfying(walk -> assertThat(walk)
                        .contains("FROM engine.ACT_RU_AUTHORIZATION A WHERE A.GROUP_ID_ IS NOT NULL")
                        .doesNotContain("FROM ACT_RU_AUTHORIZATION"));
    }

    @Test
    void anyOtherShapeRunsAsTheEngineWroteIt() {
        assertThat(AuthorizedGroupIds.rewrite(
                        "SELECT distinct(A.GROUP_ID_) FROM ACT_RU_AUTHORIZATION A WHERE A.TYPE_ = 1"))
                .isEmpty();
        assertThat(AuthorizedGroupIds.rewrite("SELECT distinct(A.USER_ID_) FROM ACT_RU_AUTHORIZATION A"))
                .isEmpty();
        assertThat(AuthorizedGroupIds.rewrite("select * FROM ACT_RU_AUTHORIZATION WHERE ID_ = ?"))
                .isEmpty();
    }
}
