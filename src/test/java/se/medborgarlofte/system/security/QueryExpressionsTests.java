package se.medborgarlofte.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryExpressionsTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"assigneeExpression\":\"${currentUser()}\"}",
                "{\"orQueries\":[{\"candidateGroupsExpression\":\"${x}\"}]}",
                "{\"orQueries\":[{\"orQueries\":[{\"name\":\"#{'a'}\"}]}]}",
                "{\"processVariables\":[{\"name\":\"a\",\"value\":\"${java.lang.Runtime}\",\"operator\":\"eq\"}]}",
                "{\"DUEBEFOREEXPRESSION\":\"now\"}",
                "not json ${x}"
            })
    void findsExpressionsAnywhereInABody(String body) {
        assertThat(QueryExpressions.inBody(body.getBytes(StandardCharsets.UTF_8)))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "{}",
                "{\"candidateGroup\":\"polis\",\"orQueries\":[{\"assignee\":\"polis\"}]}",
                "{\"assigneeExpression\":null}",
                "[1,2]"
            })
    void letsPlainQueriesThrough(String body) {
        assertThat(QueryExpressions.inBody(body.getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/engine-rest/task",
                "/engine-rest/task/count",
                "/engine-rest/engine/default/task",
                "/camunda/api/engine/engine/default/task",
                "/engine-rest/filter/abc/list",
                "/engine-rest/filter/abc/count",
                "/engine-rest/filter",
                "/engine-rest/filter/abc",
                "/engine-rest/filter/abc/singleresult"
            })
    void inspectsTaskAndFilterQueries(String path) {
        assertThat(QueryExpressions.TASK_QUERY_PATH.matcher(path).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/engine-rest/task/abc/submit-form", "/engine-rest/process-definition/key/x/start"})
    void leavesOtherCallsAlone(String path) {
        assertThat(QueryExpressions.TASK_QUERY_PATH.matcher(path).matches()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void findsExpressionsInParameters() {
        assertThat(QueryExpressions.inParameters(Map.of("assigneeExpression", new String[] {"x"})))
                .isTrue();
        assertThat(QueryExpressions.inParameters(Map.of("name", new String[] {"${x}"})))
                .isTrue();
        assertThat(QueryExpressions.inParameters(Map.of("candidateGroup", new String[] {"polis"})))
                .isFalse();
    }
}
