package se.medborgarlofte.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, an index on the open tasks in the order Tasklist's filters show them (due date first, then the newest),
 * so that a filter's page is read from the index and stops after its rows ({@link CandidateGroupLookups}). The engine
 * creates its own tables when it starts, after the application's migrations may have run, so the index is made here,
 * once the engine is built, and only if it does not exist yet; the engine's schema updates leave it alone.
 */
@Component
class TaskOrderIndex extends AbstractProcessEnginePlugin {

    static final String NAME = "ML_IDX_TASK_DUE_CREATED";
    private static final Logger LOG = LoggerFactory.getLogger(TaskOrderIndex.class);

    private ProcessEngineConfigurationImpl configuration;

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        this.configuration = configuration;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        if (!DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
            return;
        }
        String table = configuration.getDatabaseTablePrefix() + "ACT_RU_TASK";
        try (Connection connection = configuration.getDataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "CREATE INDEX IF NOT EXISTS " + NAME + " ON " + table + " (DUE_DATE_, CREATE_TIME_ DESC)");
        } catch (SQLException anotherNodeMadeItFirst) {
            // two nodes starting at once: the other one's index serves both
            LOG.warn("Could not create the index {} on {}: {}", NAME, table, anotherNodeMadeItFirst.getMessage());
        }
    }
}
