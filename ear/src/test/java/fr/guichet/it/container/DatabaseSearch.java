package fr.guichet.it.container;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Searches every text column of every table of Guichet's database for a string, as an auditor checking an erasure
 * would: the answer names each table, column and row id where it is found.
 */
final class DatabaseSearch {

    private static final Set<Integer> TEXT =
            Set.of(Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.CLOB, Types.NCHAR, Types.NVARCHAR);

    private final DataSource database;

    DatabaseSearch(DataSource database) {
        this.database = database;
    }

    /** Where {@code text} occurs: {@code table.column} and the row's first column, one entry per row found. */
    List<String> find(String text) {
        List<String> found = new ArrayList<>();
        try (Connection c = database.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = c.getSchema();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                if (table.toLowerCase(Locale.ROOT).startsWith("databasechangelog")) {
                    continue;
                }
                List<String> columns = new ArrayList<>();
                String first = null;
                try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
                    while (rs.next()) {
                        if (first == null) {
                            first = rs.getString("COLUMN_NAME");
                        }
                        if (TEXT.contains(rs.getInt("DATA_TYPE"))) {
                            columns.add(rs.getString("COLUMN_NAME"));
                        }
                    }
                }
                for (String column : columns) {
                    String sql =
                            "SELECT " + quote(first) + " FROM " + quote(table) + " WHERE " + quote(column) + " LIKE ?";
                    try (PreparedStatement q = c.prepareStatement(sql)) {
                        q.setString(1, "%" + text + "%");
                        try (ResultSet rs = q.executeQuery()) {
                            while (rs.next()) {
                                found.add(table.toLowerCase(Locale.ROOT) + "." + column.toLowerCase(Locale.ROOT) + " "
                                        + rs.getString(1));
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not search the database: " + e.getMessage(), e);
        }
        return found;
    }

    private static String quote(String name) {
        return '"' + name + '"';
    }
}
