package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Lets the council's agenda hold a section for the citizens' input ({@code citizen-input}). The section's check was
 * written inline in V7, so its name is the database's own (PostgreSQL and H2 name it differently): it is looked up in
 * the information schema and replaced by a named one.
 */
public class V13_1__Council_agenda_citizen_input extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT tc.constraint_name FROM information_schema.table_constraints tc
                JOIN information_schema.check_constraints cc ON cc.constraint_name = tc.constraint_name
                WHERE LOWER(tc.table_name) = 'council_agenda_item' AND tc.constraint_type = 'CHECK'
                  AND cc.check_clause LIKE '%new-need%'""")) {
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("ALTER TABLE council_agenda_item DROP CONSTRAINT \"" + name + "\"");
            }
            statement.execute(
                    "ALTER TABLE council_agenda_item ADD CONSTRAINT council_agenda_item_section CHECK (section IN"
                            + " ('new-need', 'overdue-measure', 'coming-follow-up', 'decision-due', 'citizen-input'))");
        }
    }
}
