package io.newsdesk.bench;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/** Rows for several tables, buffered and written in one go per flush, in the order the tables were declared. */
abstract class Sink implements AutoCloseable {
    protected final Connection connection;
    protected final Map<String, List<String>> tables = new LinkedHashMap<>();

    Sink(Connection connection) {
        this.connection = connection;
    }

    static Sink of(Connection connection, boolean postgresql) throws SQLException {
        return postgresql ? new Copy(connection) : new Batch(connection);
    }

    /** Declares a table; flushes write tables in declaration order, parents before children. */
    void table(String name, List<String> columns) throws SQLException {
        tables.put(name, columns);
    }

    abstract void row(String table, Object... values) throws SQLException;

    abstract void flush() throws SQLException;

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** PostgreSQL: COPY in text format, one COPY per table and flush. */
    static final class Copy extends Sink {
        private final CopyManager copy;
        private final Map<String, StringBuilder> buffers = new LinkedHashMap<>();

        Copy(Connection connection) throws SQLException {
            super(connection);
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("set synchronous_commit = off");
            }
        }

        @Override
        void table(String name, List<String> columns) throws SQLException {
            super.table(name, columns);
            buffers.put(name, new StringBuilder(1 << 20));
        }

        @Override
        void row(String table, Object... values) {
            StringBuilder out = buffers.get(table);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.append('\t');
                }
                append(out, values[i]);
            }
            out.append('\n');
        }

        @Override
        void flush() throws SQLException {
            for (Map.Entry<String, StringBuilder> entry : buffers.entrySet()) {
                StringBuilder rows = entry.getValue();
                if (rows.length() == 0) {
                    continue;
                }
                String sql = "copy " + entry.getKey() + " (" + String.join(", ", tables.get(entry.getKey()))
                        + ") from stdin";
                try {
                    copy.copyIn(sql, new StringReader(rows.toString()));
                } catch (IOException e) {
                    throw new SQLException("COPY into " + entry.getKey() + " failed", e);
                }
                rows.setLength(0);
            }
            connection.commit();
        }

        private static void append(StringBuilder out, Object value) {
            if (value == null) {
                out.append("\\N");
                return;
            }
            if (value instanceof Boolean b) {
                out.append(b ? 't' : 'f');
                return;
            }
            String text = value.toString();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                switch (c) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(c);
                }
            }
        }
    }

    /** Any other database (the embedded H2): batched prepared inserts. */
    static final class Batch extends Sink {
        private final Map<String, PreparedStatement> inserts = new LinkedHashMap<>();
        private final Map<String, Integer> pending = new LinkedHashMap<>();

        Batch(Connection connection) throws SQLException {
            super(connection);
            connection.setAutoCommit(false);
        }

        @Override
        void table(String name, List<String> columns) throws SQLException {
            super.table(name, columns);
            String marks = String.join(", ", columns.stream().map(c -> "?").toList());
            inserts.put(name, connection.prepareStatement("insert into " + name + " (" + String.join(", ", columns)
                    + ") values (" + marks + ")"));
            pending.put(name, 0);
        }

        @Override
        void row(String table, Object... values) throws SQLException {
            PreparedStatement insert = inserts.get(table);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value instanceof Instant at) {
                    insert.setObject(i + 1, at.atOffset(ZoneOffset.UTC));
                } else if (value instanceof UUID || value == null || value instanceof Boolean
                        || value instanceof Integer || value instanceof Long) {
                    insert.setObject(i + 1, value);
                } else {
                    insert.setString(i + 1, value.toString());
                }
            }
            insert.addBatch();
            pending.merge(table, 1, Integer::sum);
        }

        @Override
        void flush() throws SQLException {
            for (Map.Entry<String, PreparedStatement> entry : inserts.entrySet()) {
                if (pending.get(entry.getKey()) > 0) {
                    entry.getValue().executeBatch();
                    pending.put(entry.getKey(), 0);
                }
            }
            connection.commit();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement insert : inserts.values()) {
                insert.close();
            }
            super.close();
        }
    }
}
