package se.medborgarlofte.system;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Plugin;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, lets the engine check the caller's authorizations in task queries (Tasklist's filter lists and
 * counts, {@code /task}) and in the variable queries that fill Tasklist's lists with a lookup per row, instead of a
 * join whose cost grows with the square of a group's open tasks.
 *
 * <p>The engine gives each candidate group a grant of its own on every one of its tasks, and such a query joins all the
 * caller's grants to every row it finds, on {@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}. PostgreSQL cannot hash
 * a join on an OR: with 6,700 open tasks of a group it compares 6,700 × 6,700 pairs, seconds per list. Only in the
 * statements below, and only when a statement has exactly the engine's shape, this checks the same condition in one of
 * two ways. A count, which visits every row, asks the caller's grants once (the engine's own sub-query, unchanged, with
 * its parameters in the same order) and keeps a row when one of the same columns is among them, or a grant on
 * {@code '*'} is: {@code EXISTS (grant on '*') OR RES.ID_ IN (grants) OR D.KEY_ IN (grants)}. A page of tasks and the
 * variables of a page's tasks, which visit few rows, look each row's grant up in the grants' index instead
 * ({@code EXISTS (grant WHERE <the engine's condition> AND RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*'))}), the grants'
 * parameters bound where the lookup stands ({@link Rewritten}). Either is the engine's condition itself, so the same
 * rows are found and who sees what does not change; only the duplicates that the join made and the engine's
 * {@code DISTINCT} removed are no longer made. Any other statement, and any statement whose shape differs in any way
 * (revoke checks, another database, another engine version), runs exactly as the engine wrote it. The same interceptor
 * installs {@link CandidateGroupLookups} and {@link AuthorizedGroupIds}.
 */
@Component
class AuthorizationJoins extends AbstractProcessEnginePlugin {

    /** The statements rewritten: each selects {@code DISTINCT} rows, so the join's duplicates never counted. */
    static final Set<String> STATEMENTS = Set.of(
            "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria",
            "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria",
            "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity.selectVariableInstanceByQueryCriteria",
            "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity.selectVariableInstanceCountByQueryCriteria");

    /**
     * The statements that find few rows (a page of tasks, the variables of a page's tasks) look each row's grant up in
     * the grants' index instead of first collecting all of the caller's grants; a count, which visits every row, keeps
     * the grants collected once.
     */
    static final Set<String> ROW_LOOKUP_STATEMENTS = Set.of(
            "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria",
            "org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity.selectVariableInstanceByQueryCriteria");

    /** The task queries among them, whose candidate-group join {@link CandidateGroupLookups} also rewrites. */
    static final Set<String> TASK_STATEMENTS = Set.of(
            "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskByQueryCriteria",
            "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity.selectTaskCountByQueryCriteria");

    /** The engine's authorization join without revoke checks (Authorization.xml), on the columns of the query. */
    private static final Pattern JOIN = Pattern.compile(
            "left\\s+join\\s*\\(\\s*SELECT\\s+A\\.\\*\\s+FROM\\s+(?<table>[A-Za-z0-9_.]*ACT_RU_AUTHORIZATION)\\s+A\\s+"
                    + "WHERE\\s+(?<grants>A\\.TYPE_\\s*<\\s*2\\s.*?)\\)\\s*AUTH\\s+ON\\s*\\(\\s*AUTH\\.RESOURCE_ID_\\s+IN\\s*"
                    + "\\((?<columns>(?:\\s*[A-Z_]+\\.[A-Z_]+\\s*,)+)\\s*'\\*'\\s*\\)\\s*\\)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** The query's condition on the join: a grant was found. */
    private static final Pattern AUTHORIZED =
            Pattern.compile("\\(\\s*AUTH\\.RESOURCE_ID_\\s+IS\\s+NOT\\s+NULL\\s*\\)", Pattern.CASE_INSENSITIVE);

    private static final Pattern AUTH_REFERENCE = Pattern.compile("\\bAUTH[0-9]*\\.", Pattern.CASE_INSENSITIVE);
    private static final String GRANTS = "QUERY_GRANTS";
    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationJoins.class);

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
            configuration.getSqlSessionFactory().getConfiguration().addInterceptor(new Rewriter());
        }
    }

    /**
     * A statement as it is sent: its SQL, and for each of its parameters, in order, the position of the engine's
     * parameter it binds (the grants' parameters move when the grants' condition moves to the rows it checks).
     */
    record Rewritten(String sql, List<Integer> parameterOrder) {

        static Rewritten inPlace(String sql, int parameters) {
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < parameters; i++) {
                order.add(i);
            }
            return new Rewritten(sql, order);
        }

        boolean reordered() {
            for (int i = 0; i < parameterOrder.size(); i++) {
                if (parameterOrder.get(i) != i) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * What one of the statements above becomes: its authorization join as lookups in the same grants and, in a task
     * query, its candidate-group join as a lookup per task; empty when neither applies.
     */
    static Optional<Rewritten> rewrite(String statementId, String sql) {
        Optional<Rewritten> lookups = Optional.empty();
        if (ROW_LOOKUP_STATEMENTS.contains(statementId)) {
            lookups = lookUpPerRow(sql);
        } else if (STATEMENTS.contains(statementId)) {
            lookups = rewrite(sql).map(shared -> Rewritten.inPlace(shared, parameters(shared)));
        }
        if (!TASK_STATEMENTS.contains(statementId)) {
            return lookups;
        }
        Rewritten found = lookups.orElse(Rewritten.inPlace(sql, parameters(sql)));
        Optional<String> candidates = CandidateGroupLookups.rewrite(found.sql());
        return candidates.isPresent() ? candidates.map(text -> new Rewritten(text, found.parameterOrder())) : lookups;
    }

    /**
     * A statement split around the engine's authorization join: what comes before it (no parameter), the grants' table,
     * condition and the columns they are looked up for, what comes between the join and the condition on it
     * ({@code AUTH.RESOURCE_ID_ IS NOT NULL}), and the rest.
     */
    private record EngineJoin(String before, String table, String grants, String columns, String between, String rest) {

        /** The statement's one authorization join in exactly the engine's shape, or empty. */
        static Optional<EngineJoin> in(String sql) {
            Matcher join = JOIN.matcher(sql);
            if (!join.find()) {
                return Optional.empty();
            }
            String before = sql.substring(0, join.start());
            String after = sql.substring(join.end());
            String grants = join.group("grants");
            Matcher authorized = AUTHORIZED.matcher(after);
            if (before.indexOf('?') >= 0
                    || !balanced(grants)
                    || JOIN.matcher(after).find()
                    || !authorized.find()) {
                return Optional.empty();
            }
            return Optional.of(new EngineJoin(
                    before,
                    join.group("table"),
                    grants,
                    join.group("columns"),
                    after.substring(0, authorized.start()),
                    after.substring(authorized.end())));
        }

        /** The statement with {@code condition} where the engine's condition on the join stood, and no join. */
        String with(String condition) {
            return before + " " + between + condition + rest;
        }
    }

    /**
     * The statement with its authorization join replaced by a lookup of each row's grant ({@code EXISTS} on the grants,
     * with the engine's condition on them, for the same columns), or empty when the statement does not have exactly the
     * engine's shape. The grants' parameters, bound first in the engine's statement, are bound where the lookup stands.
     */
    static Optional<Rewritten> lookUpPerRow(String sql) {
        Optional<EngineJoin> found = EngineJoin.in(sql);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        EngineJoin join = found.get();
        String rewritten = join.with("EXISTS (SELECT 1 FROM " + join.table() + " A WHERE " + join.grants()
                + " AND A.RESOURCE_ID_ IN (" + join.columns() + " '*'))");
        if (AUTH_REFERENCE.matcher(rewritten).find()) {
            return Optional.empty();
        }
        int grantParameters = parameters(join.grants());
        int betweenParameters = parameters(join.between());
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < betweenParameters; i++) {
            order.add(grantParameters + i);
        }
        for (int i = 0; i < grantParameters; i++) {
            order.add(i);
        }
        for (int i = grantParameters + betweenParameters; i < parameters(sql); i++) {
            order.add(i);
        }
        return Optional.of(new Rewritten(rewritten, order));
    }

    /** How many parameters ({@code ?} outside quotes) a piece of a statement has. */
    static int parameters(String sql) {
        int count = 0;
        boolean quoted = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '?') {
                count++;
            }
        }
        return count;
    }

    /**
     * The statement with its authorization join replaced by lookups in the same grants, or empty when the statement
     * does not have exactly the shape of the engine's authorization join and the condition on it.
     */
    static Optional<String> rewrite(String sql) {
        Optional<EngineJoin> found = EngineJoin.in(sql);
        if (found.isEmpty() || found.get().before().stripLeading().regionMatches(true, 0, "with", 0, 4)) {
            return Optional.empty();
        }
        EngineJoin join = found.get();
        List<String> lookups = new ArrayList<>();
        lookups.add("EXISTS (SELECT 1 FROM " + GRANTS + " WHERE " + GRANTS + ".RESOURCE_ID_ = '*')");
        for (String column : join.columns().split(",")) {
            if (!column.isBlank()) {
                lookups.add(column.strip() + " IN (SELECT " + GRANTS + ".RESOURCE_ID_ FROM " + GRANTS + ")");
            }
        }
        String rest = join.with("(" + String.join(" OR ", lookups) + ")");
        if (AUTH_REFERENCE.matcher(rest).find()) {
            return Optional.empty();
        }
        return Optional.of("WITH " + GRANTS + " AS (SELECT A.RESOURCE_ID_ FROM " + join.table() + " A WHERE "
                + join.grants() + ") " + rest.stripLeading());
    }

    /** The engine's parameter mappings in the order a rewritten statement binds them. */
    static List<ParameterMapping> reorder(List<ParameterMapping> mappings, List<Integer> order) {
        List<ParameterMapping> reordered = new ArrayList<>();
        for (int position : order) {
            reordered.add(mappings.get(position));
        }
        return reordered;
    }

    private static boolean balanced(String sql) {
        int depth = 0;
        boolean quoted = false;
        for (char c : sql.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth < 0) {
                return false;
            }
        }
        return depth == 0 && !quoted;
    }

    /**
     * Rewrites the statements above, and the engine's question for the groups that hold grants
     * ({@link AuthorizedGroupIds}), as they are prepared; every other statement passes untouched. A statement that
     * cannot be rewritten runs as the engine wrote it (correct, only slower), and says so once in the log.
     */
    @Intercepts(
            @Signature(
                    type = StatementHandler.class,
                    method = "prepare",
                    args = {Connection.class, Integer.class}))
    static final class Rewriter implements Interceptor {

        private final AtomicBoolean warned = new AtomicBoolean();

        @Override
        public Object intercept(Invocation invocation) throws Throwable {
            MetaObject handler = unwrapped(invocation.getTarget());
            if (handler.hasGetter("delegate.mappedStatement")
                    && handler.getValue("delegate.mappedStatement") instanceof MappedStatement statement) {
                if (STATEMENTS.contains(statement.getId())) {
                    rewriteJoin(handler, statement);
                } else if (AuthorizedGroupIds.STATEMENT.equals(statement.getId())) {
                    AuthorizedGroupIds.rewrite((String) handler.getValue("delegate.boundSql.sql"))
                            .ifPresent(walk -> handler.setValue("delegate.boundSql.sql", walk));
                }
            }
            return invocation.proceed();
        }

        private void rewriteJoin(MetaObject handler, MappedStatement statement) {
            String sql = (String) handler.getValue("delegate.boundSql.sql");
            Optional<Rewritten> rewritten = rewrite(statement.getId(), sql);
            try {
                rewritten.ifPresent(lookups -> apply(handler, lookups));
            } catch (RuntimeException unexpected) {
                warnOnce(statement, unexpected);
            }
            if (rewritten.map(Rewritten::sql).orElse(sql).contains("AUTH ON")) {
                warnOnce(statement, null);
            }
        }

        /** The new SQL and, when parameters moved, a new list of parameter mappings in their new order. */
        @SuppressWarnings("unchecked")
        private static void apply(MetaObject handler, Rewritten rewritten) {
            List<ParameterMapping> mappings =
                    (List<ParameterMapping>) handler.getValue("delegate.boundSql.parameterMappings");
            if (rewritten.parameterOrder().size() != mappings.size()) {
                return; // not the engine's parameters: run the statement as written
            }
            if (rewritten.reordered()) {
                handler.setValue("delegate.boundSql.parameterMappings", reorder(mappings, rewritten.parameterOrder()));
            }
            handler.setValue("delegate.boundSql.sql", rewritten.sql());
        }

        /** The statement handler itself: another plugin on the same method hands over its proxy instead. */
        private static MetaObject unwrapped(Object target) {
            MetaObject object = SystemMetaObject.forObject(target);
            while (object.hasGetter("h") && object.getValue("h") instanceof Plugin) {
                object = SystemMetaObject.forObject(object.getValue("h.target"));
            }
            return object;
        }

        private void warnOnce(MappedStatement statement, RuntimeException cause) {
            if (warned.compareAndSet(false, true)) {
                LOG.warn(
                        "{} runs with the engine's own authorization join, slow with many open tasks per group: {} does"
                                + " not know its shape",
                        statement.getId(),
                        AuthorizationJoins.class.getSimpleName(),
                        cause);
            }
        }
    }
}
