package se.medborgarlofte.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.ibatis.cache.CacheKey;
import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.scripting.defaults.DefaultParameterHandler;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Runs every task and variable query whose authorization join {@link AuthorizationJoins} rewrites, and every question
 * for the groups that hold grants that {@link AuthorizedGroupIds} rewrites, also as the engine wrote it, on the same
 * connection and with the same parameters, and fails the query if the answers differ: every integration test's
 * Tasklist list, {@code /task} and variable read also proves that the rewritten statements show each user exactly what
 * the engine's own would.
 */
@TestConfiguration(proxyBeanMethods = false)
public class AuthorizationJoinGuard {

    static final Map<String, AtomicInteger> COMPARED = new ConcurrentHashMap<>();
    static final List<String> DIFFERENT = new CopyOnWriteArrayList<>();
    static final List<String> UNCHANGED = new CopyOnWriteArrayList<>();

    static void reset() {
        COMPARED.clear();
        DIFFERENT.clear();
        UNCHANGED.clear();
    }

    @Bean
    AbstractProcessEnginePlugin authorizationJoinGuard() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void postInit(ProcessEngineConfigurationImpl configuration) {
                configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Comparer());
            }
        };
    }

    @Intercepts({
        @Signature(
                type = Executor.class,
                method = "query",
                args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}),
        @Signature(
                type = Executor.class,
                method = "query",
                args = {
                    MappedStatement.class,
                    Object.class,
                    RowBounds.class,
                    ResultHandler.class,
                    CacheKey.class,
                    BoundSql.class
                })
    })
    static final class Comparer implements Interceptor {

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
            Object parameter = invocation.getArgs()[1];
            boolean join = AuthorizationJoins.STATEMENTS.contains(statement.getId());
            if (join || AuthorizedGroupIds.STATEMENT.equals(statement.getId())) {
                BoundSql engines = statement.getBoundSql(parameter);
                Optional<AuthorizationJoins.Rewritten> rewritten = join
                        ? AuthorizationJoins.rewrite(statement.getId(), engines.getSql())
                        : AuthorizedGroupIds.rewrite(engines.getSql())
                                .map(walk -> AuthorizationJoins.Rewritten.inPlace(walk, 0));
                if (join
                        ? rewritten
                                .map(AuthorizationJoins.Rewritten::sql)
                                .orElse(engines.getSql())
                                .contains("AUTH ON")
                        : rewritten.isEmpty()) {
                    UNCHANGED.add(statement.getId() + ": " + engines.getSql());
                }
                if (rewritten.isPresent()) {
                    Connection connection =
                            ((Executor) invocation.getTarget()).getTransaction().getConnection();
                    List<String> before = rows(connection, statement, parameter, engines, engines.getSql());
                    List<String> after = rows(
                            connection,
                            statement,
                            parameter,
                            bound(statement, engines, rewritten.get()),
                            rewritten.get().sql());
                    // a page after the first, or a full page, may hold other rows of equal rank in another plan
                    boolean page = parameter instanceof ListQueryParameterObject query
                            && (query.getFirstResult() > 0 || before.size() >= query.getMaxResults());
                    if (differ(before, after, page)) {
                        // another transaction may have committed between the two: asked again, the join must agree
                        // with itself and still not with the lookups
                        List<String> again = rows(connection, statement, parameter, engines, engines.getSql());
                        if (again.equals(before) && differ(again, after, page)) {
                            String difference = statement.getId() + ": " + before + " <> " + after;
                            DIFFERENT.add(difference);
                            throw new AssertionError(
                                    "The lookups answer otherwise than the engine's join: " + difference);
                        }
                    }
                    COMPARED.computeIfAbsent(statement.getId(), id -> new AtomicInteger())
                            .incrementAndGet();
                }
            }
            return invocation.proceed();
        }

        /** The engine's bound statement with its parameters in the order the rewritten statement binds them. */
        private static BoundSql bound(
                MappedStatement statement, BoundSql engines, AuthorizationJoins.Rewritten rewritten) {
            if (!rewritten.reordered()) {
                return engines;
            }
            BoundSql reordered = new BoundSql(
                    statement.getConfiguration(),
                    rewritten.sql(),
                    AuthorizationJoins.reorder(engines.getParameterMappings(), rewritten.parameterOrder()),
                    engines.getParameterObject());
            engines.getAdditionalParameters().forEach(reordered::setAdditionalParameter);
            return reordered;
        }

        private static boolean differ(List<String> join, List<String> lookups, boolean page) {
            return page ? join.size() != lookups.size() : !join.equals(lookups);
        }

        /** The rows, each as the text of its columns, in order of that text. */
        private static List<String> rows(
                Connection connection, MappedStatement statement, Object parameter, BoundSql bound, String sql)
                throws SQLException {
            List<String> rows = new ArrayList<>();
            try (PreparedStatement prepared = connection.prepareStatement(sql)) {
                new DefaultParameterHandler(statement, parameter, bound).setParameters(prepared);
                try (ResultSet result = prepared.executeQuery()) {
                    int columns = result.getMetaData().getColumnCount();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int column = 1; column <= columns; column++) {
                            row.append(result.getString(column)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
            Collections.sort(rows);
            return rows;
        }
    }
}
