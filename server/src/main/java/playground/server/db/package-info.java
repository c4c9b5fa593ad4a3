/**
 * The server's database, shared by every feature that stores something: {@link
 * playground.server.db.Database} opens a HikariCP pool on H2 or PostgreSQL ({@link
 * playground.server.db.DatabaseOptions}) and migrates the schema with Flyway ({@link
 * playground.server.db.Migrations}, which documents where migrations go and how they are named).
 */
package playground.server.db;
