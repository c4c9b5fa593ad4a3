package playground.server.experiments;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import playground.server.db.Database;
import playground.server.refusal.Refusal;

/**
 * Saved experiments in the database. Every change is one transaction, committed before the
 * method returns: once a caller has the result, the change survives the process being killed.
 */
public final class ExperimentStore {

    /** The new experiment's id and the edit token to hand to its creator (stored only hashed). */
    public record Created(String id, String editToken) {}

    /** SQL state of a unique-key violation, the same in H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int ID_ATTEMPTS = 5;

    private static final String COLUMNS =
            "id, title, notes, config, state, goal, parent_id, created_at, updated_at";

    private final Database database;

    public ExperimentStore(Database database) {
        this.database = database;
    }

    /**
     * Stores a new experiment.
     *
     * @throws Refusal (invalid {@code parent}) when the draft forks an experiment that does not exist
     */
    public Created create(ExperimentDraft draft) throws SQLException {
        String token = EditTokens.newToken();
        String tokenHash = EditTokens.hash(token);
        for (int attempt = 1; ; attempt++) {
            String id = Experiment.IDS.newId();
            try {
                database.inTransaction(connection -> {
                    requireParent(connection, draft.parent(), null);
                    insert(connection, id, tokenHash, draft, now());
                    return null;
                });
                return new Created(id, token);
            } catch (SQLException e) {
                // Two equal ids in 62^11 are all but impossible; should it happen, draw another.
                if (!UNIQUE_VIOLATION.equals(e.getSQLState()) || attempt == ID_ATTEMPTS) throw e;
            }
        }
    }

    /**
     * Stores a new experiment inside the caller's transaction (a class records a student's attempt
     * and its experiment together). Its parent must exist.
     */
    public static Created create(Connection connection, ExperimentDraft draft) throws SQLException {
        String token = EditTokens.newToken();
        String id = Experiment.IDS.newId();
        requireParent(connection, draft.parent(), null);
        insert(connection, id, EditTokens.hash(token), draft, now());
        return new Created(id, token);
    }

    /**
     * The experiment, when this edit token is its own.
     *
     * @throws Refusal not found (naming {@code field}), or not yours
     */
    public Experiment findOwned(String id, String token, String field) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + ", token_hash FROM experiment WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) throw Refusal.notFound(field, "no experiment with this id");
                if (!EditTokens.matches(token, row.getString("token_hash").trim())) {
                    throw Refusal.notYours("this edit token is not the experiment's");
                }
                return experiment(row);
            }
        }
    }

    public Optional<Experiment> find(String id) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM experiment WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(experiment(row)) : Optional.empty();
            }
        }
    }

    /**
     * Replaces an experiment's title, notes, config, state, goal and parent.
     *
     * @return the experiment as now stored
     * @throws Refusal not found, not yours (another edit token), or an invalid {@code parent} (one that
     *     does not exist, or one that descends from this experiment)
     */
    public Experiment replace(String id, String token, ExperimentDraft draft) throws SQLException {
        return database.inTransaction(connection -> {
            authorize(connection, id, token);
            requireParent(connection, draft.parent(), id);
            requireNoCycle(connection, draft.parent(), id);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE experiment SET title = ?, notes = ?, config = ?, state = ?, goal = ?, parent_id = ?,"
                            + " updated_at = ? WHERE id = ?")) {
                update.setString(1, draft.title());
                update.setString(2, draft.notes());
                update.setString(3, draft.configJson());
                update.setString(4, draft.stateJson());
                update.setString(5, draft.goalJson());
                update.setString(6, draft.parent());
                update.setObject(7, now());
                update.setString(8, id);
                if (update.executeUpdate() != 1) throw notFound();
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM experiment WHERE id = ?")) {
                select.setString(1, id);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return experiment(row);
                }
            }
        });
    }

    /**
     * Deletes an experiment. Its forks keep its id as their parent.
     *
     * @throws Refusal not found, or not yours (another edit token)
     */
    public void delete(String id, String token) throws SQLException {
        database.inTransaction(connection -> {
            authorize(connection, id, token);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM experiment WHERE id = ?")) {
                delete.setString(1, id);
                if (delete.executeUpdate() != 1) throw notFound();
            }
            return null;
        });
    }

    /** No experiment has this id (any more). The experiment and the database are as they were. */
    static Refusal notFound() {
        return Refusal.notFound("no experiment with this id");
    }

    private static Refusal noParent(String parent) {
        return Refusal.invalid("parent", "no saved experiment has the id " + parent
                + " (or it is this experiment itself)");
    }

    /** Locks the row for the rest of the transaction and checks the token against its hash. */
    private static void authorize(Connection connection, String id, String token) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT token_hash FROM experiment WHERE id = ? FOR UPDATE")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) throw notFound();
                if (!EditTokens.matches(token, row.getString(1).trim())) {
                    throw Refusal.notYours("this edit token is not the experiment's");
                }
            }
        }
    }

    /** A fork's parent must exist, and an experiment cannot be its own parent. */
    private static void requireParent(Connection connection, String parent, String self) throws SQLException {
        if (parent == null) return;
        if (parent.equals(self)) throw noParent(parent);
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM experiment WHERE id = ?")) {
            select.setString(1, parent);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) throw noParent(parent);
            }
        }
    }

    /**
     * Walks up from the new parent: meeting {@code self} on the way would close a loop of forks,
     * which no page could show as a line of ancestors. (A loop stored before this check ends the walk.)
     */
    private static void requireNoCycle(Connection connection, String parent, String self) throws SQLException {
        Set<String> seen = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT parent_id FROM experiment WHERE id = ?")) {
            for (String at = parent; at != null && seen.add(at); ) {
                if (at.equals(self)) {
                    throw Refusal.invalid("parent", "experiment " + parent + " is a fork of this one (or of its"
                            + " forks): an experiment cannot descend from itself");
                }
                select.setString(1, at);
                try (ResultSet row = select.executeQuery()) {
                    at = row.next() ? row.getString(1) : null;
                }
            }
        }
    }

    private static void insert(Connection connection, String id, String tokenHash, ExperimentDraft draft,
            OffsetDateTime now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO experiment (id, token_hash, title, notes, config, state, goal, parent_id,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, tokenHash);
            insert.setString(3, draft.title());
            insert.setString(4, draft.notes());
            insert.setString(5, draft.configJson());
            insert.setString(6, draft.stateJson());
            insert.setString(7, draft.goalJson());
            insert.setString(8, draft.parent());
            insert.setObject(9, now);
            insert.setObject(10, now);
            insert.executeUpdate();
        }
    }

    private static Experiment experiment(ResultSet row) throws SQLException {
        return new Experiment(
                row.getString("id"),
                row.getString("title"),
                row.getString("notes"),
                row.getString("config"),
                row.getString("state"),
                row.getString("goal"),
                row.getString("parent_id"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getObject("updated_at", OffsetDateTime.class).toInstant());
    }

    /** Milliseconds are what JSON clients see; both databases keep at least that. */
    private static OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }
}
