package playground.server.classes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import playground.core.Json;
import playground.server.db.Database;
import playground.server.experiments.EditTokens;
import playground.server.experiments.ExperimentDraft;
import playground.server.experiments.ExperimentStore;
import playground.server.refusal.Refusal;

/**
 * Classes and their attempts in the database, plain JDBC. Each change is one transaction; an
 * attempt and the experiment that holds its network are stored together. Limits are counted in
 * the database under a lock on the class's row, so no burst gets past them, whichever process it
 * reaches.
 */
public final class ClassStore {
    /** The new class's id and the teacher token to hand to its creator (stored only hashed). */
    public record Created(String id, String teacherToken) {}

    /** A class with the hash of its teacher token, for checking a token. */
    record Guarded(Classroom classroom, String tokenHash) {}

    private static final String CLASS_COLUMNS = "c.id, c.title, c.experiment_id, c.closed_at, c.created_at, e.goal";
    private static final String CLASS_FROM = " FROM classroom c LEFT JOIN experiment e ON e.id = c.experiment_id";
    private static final String ATTEMPT_COLUMNS = "seq, id, nickname, kind, experiment_id, epoch, train_loss, test_loss,"
            + " goal_parts, created_at";

    private final Database database;
    private final ClassLimits limits;

    public ClassStore(Database database, ClassLimits limits) {
        this.database = database;
        this.limits = limits;
    }

    public ClassLimits limits() {
        return limits;
    }

    /**
     * Creates a class for a challenge the caller has checked; refused with 429 when this address
     * created its hourly share already.
     */
    Created create(String experimentId, String title, String client) throws SQLException {
        String token = EditTokens.newToken();
        String id = Classroom.IDS.newId();
        database.inTransaction(connection -> {
            OffsetDateTime now = now();
            int recent = count(connection, "SELECT COUNT(*) FROM classroom WHERE client = ? AND created_at > ?",
                    client, now.minus(ClassLimits.WINDOW));
            if (recent >= limits.classesPerAddress()) {
                throw Refusal.busy("this address created " + recent + " classes in the last hour, the most it may;"
                        + " try again later", ClassLimits.WINDOW.toSeconds());
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO classroom (id, token_hash,"
                    + " experiment_id, title, client, closed_at, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?)")) {
                insert.setString(1, id);
                insert.setString(2, EditTokens.hash(token));
                insert.setString(3, experimentId);
                insert.setString(4, title);
                insert.setString(5, client);
                insert.setObject(6, now);
                insert.executeUpdate();
            }
            return null;
        });
        return new Created(id, token);
    }

    public Optional<Classroom> find(String id) throws SQLException {
        return guarded(id).map(Guarded::classroom);
    }

    Optional<Guarded> guarded(String id) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + CLASS_COLUMNS + ", c.token_hash" + CLASS_FROM + " WHERE c.id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) return Optional.empty();
                return Optional.of(new Guarded(classroom(row), row.getString("token_hash").trim()));
            }
        }
    }

    /**
     * Records an attempt: saves the student's network as an experiment forking the challenge (with
     * the challenge's goal) and the attempt's row, in one transaction.
     *
     * @throws Refusal not found, closed (conflict), or over a limit (busy)
     */
    Attempt addAttempt(String classId, AttemptDraft draft, String client) throws SQLException {
        return database.inTransaction(connection -> {
            Classroom classroom = lockOpen(connection, classId);
            OffsetDateTime now = now();
            int all = count(connection, "SELECT COUNT(*) FROM class_attempt WHERE class_id = ?", classId, null);
            if (all >= limits.attemptsPerClass()) {
                throw Refusal.busy("this class has " + all + " attempts, the most a class keeps; ask the teacher"
                        + " for a new class", ClassLimits.WINDOW.toSeconds());
            }
            int mine = countMine(connection, classId, client, now.minus(ClassLimits.WINDOW));
            if (mine >= limits.attemptsPerAddress()) {
                throw Refusal.busy("this address sent " + mine + " attempts to this class in the last hour, the"
                        + " most it may; try again later", ClassLimits.WINDOW.toSeconds());
            }
            String title = classroom.title() + " — " + (draft.nickname() == null ? "anonymous" : draft.nickname());
            ExperimentStore.Created saved = ExperimentStore.create(connection, new ExperimentDraft(title, null,
                    draft.configJson(), draft.stateJson(), classroom.goalJson(), classroom.experimentId()));
            long seq = nextSeq(connection, classId);
            Attempt attempt = new Attempt(seq, Attempt.IDS.newId(), draft.nickname(), draft.kind(), saved.id(),
                    draft.epoch(), draft.trainLoss(), draft.testLoss(), draft.goalParts(), now.toInstant());
            insert(connection, classId, attempt, client, now);
            return attempt;
        });
    }

    /** The class's attempts after {@code afterSeq} (0: from the first), oldest first, at most {@code max}. */
    public List<Attempt> attempts(String classId, long afterSeq, int max) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + ATTEMPT_COLUMNS
                        + " FROM class_attempt WHERE class_id = ? AND seq > ? ORDER BY seq")) {
            select.setMaxRows(max);
            select.setString(1, classId);
            select.setLong(2, afterSeq);
            List<Attempt> attempts = new ArrayList<>();
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) attempts.add(attempt(row));
            }
            return attempts;
        }
    }

    Optional<Attempt> attempt(String classId, String attemptId) throws SQLException {
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + ATTEMPT_COLUMNS
                        + " FROM class_attempt WHERE class_id = ? AND id = ?")) {
            select.setString(1, classId);
            select.setString(2, attemptId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(attempt(row)) : Optional.empty();
            }
        }
    }

    /** Refuses attempts from now on; returns false when there is no such class. */
    boolean close(String classId) throws SQLException {
        return database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE classroom SET closed_at = ? WHERE id = ? AND closed_at IS NULL")) {
                update.setObject(1, now());
                update.setString(2, classId);
                update.executeUpdate();
            }
            return exists(connection, classId);
        });
    }

    /** Deletes the class and its attempts (their experiments stay); false when there was none. */
    boolean delete(String classId) throws SQLException {
        return database.inTransaction(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM classroom WHERE id = ?")) {
                delete.setString(1, classId);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /**
     * Deletes the classes created before {@code cutoff} (with their attempts) and, in the classes
     * that stay, the attempts recorded before it; returns how many classes and attempts went.
     */
    public int deleteOlderThan(Instant cutoff) throws SQLException {
        return database.inTransaction(connection -> {
            OffsetDateTime at = cutoff.atOffset(ZoneOffset.UTC);
            int deleted = 0;
            for (String sql : List.of("DELETE FROM class_attempt WHERE created_at < ?",
                    "DELETE FROM classroom WHERE created_at < ?")) {
                try (PreparedStatement delete = connection.prepareStatement(sql)) {
                    delete.setObject(1, at);
                    deleted += delete.executeUpdate();
                }
            }
            return deleted;
        });
    }

    /** Locks the class's row for the transaction; refuses when it is missing or closed. */
    private static Classroom lockOpen(Connection connection, String classId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT id FROM classroom WHERE id = ? FOR UPDATE")) {
            lock.setString(1, classId);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) throw notFound();
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + CLASS_COLUMNS + CLASS_FROM + " WHERE c.id = ?")) {
            select.setString(1, classId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                Classroom classroom = classroom(row);
                if (!classroom.open()) throw Refusal.conflict("class", "this class is closed");
                if (classroom.goalJson() == null) {
                    throw Refusal.conflict("class", "this class's challenge was deleted");
                }
                return classroom;
            }
        }
    }

    static Refusal notFound() {
        return Refusal.notFound("no class with this id (classes are kept for a limited time)");
    }

    private static boolean exists(Connection connection, String classId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM classroom WHERE id = ?")) {
            select.setString(1, classId);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        }
    }

    private static long nextSeq(Connection connection, String classId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COALESCE(MAX(seq), 0) + 1 FROM class_attempt WHERE class_id = ?")) {
            select.setString(1, classId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    private static int count(Connection connection, String sql, String key, OffsetDateTime since) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            if (since != null) select.setObject(2, since);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static int countMine(Connection connection, String classId, String client, OffsetDateTime since)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM class_attempt"
                + " WHERE class_id = ? AND client = ? AND created_at > ?")) {
            select.setString(1, classId);
            select.setString(2, client);
            select.setObject(3, since);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static void insert(Connection connection, String classId, Attempt a, String client, OffsetDateTime now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO class_attempt (class_id, seq, id,"
                + " nickname, kind, experiment_id, epoch, train_loss, test_loss, goal_parts, client, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, classId);
            insert.setLong(2, a.seq());
            insert.setString(3, a.id());
            insert.setString(4, a.nickname());
            insert.setString(5, a.kind());
            insert.setString(6, a.experimentId());
            insert.setInt(7, a.epoch());
            insert.setString(8, Attempt.lossText(a.trainLoss()));
            insert.setString(9, Attempt.lossText(a.testLoss()));
            insert.setString(10, Json.write(Attempt.partsToList(a.goalParts())));
            insert.setString(11, client);
            insert.setObject(12, now);
            insert.executeUpdate();
        }
    }

    private static Classroom classroom(ResultSet row) throws SQLException {
        return new Classroom(row.getString("id"), row.getString("title"), row.getString("experiment_id"),
                row.getString("goal"), row.getObject("closed_at", OffsetDateTime.class) == null,
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    @SuppressWarnings("unchecked")
    private static Attempt attempt(ResultSet row) throws SQLException {
        List<Attempt.GoalPart> parts = new ArrayList<>();
        for (Object entry : (List<Object>) Json.parse(row.getString("goal_parts"))) {
            Map<String, Object> part = (Map<String, Object>) entry;
            parts.add(new Attempt.GoalPart((String) part.get("part"), (Boolean) part.get("met")));
        }
        return new Attempt(row.getLong("seq"), row.getString("id"), row.getString("nickname"), row.getString("kind"),
                row.getString("experiment_id"), row.getInt("epoch"), Attempt.lossOf(row.getString("train_loss")),
                Attempt.lossOf(row.getString("test_loss")), parts,
                row.getObject("created_at", OffsetDateTime.class).toInstant());
    }

    /** Milliseconds are what JSON clients see; both databases keep at least that. */
    private static OffsetDateTime now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).atOffset(ZoneOffset.UTC);
    }
}
