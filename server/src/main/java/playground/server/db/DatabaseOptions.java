package playground.server.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the database is and how to log in. {@link #of} accepts what operators have at hand: a JDBC
 * URL ({@code jdbc:h2:file:./data/playground}, {@code jdbc:postgresql://host/db}) or the
 * {@code postgres://user:password@host:port/db} form that hosting platforms put in
 * {@code DATABASE_URL}.
 *
 * @param jdbcUrl a JDBC URL as given (H2 durability settings are added by {@link #connectionUrl})
 * @param user null to take it from the URL or the driver's default
 * @param password null to take it from the URL or the driver's default
 */
public record DatabaseOptions(String jdbcUrl, String user, String password) {
    /** The default: an H2 file under ./data, relative to the working directory. */
    public static final String DEFAULT_URL = "jdbc:h2:file:./data/playground";

    public DatabaseOptions {
        Vendor.of(jdbcUrl); // refuses what no driver here understands
    }

    public static DatabaseOptions defaults() {
        return new DatabaseOptions(DEFAULT_URL, null, null);
    }

    /**
     * Reads a database URL; user and password given separately win over those in a
     * {@code postgres://} URL.
     *
     * @throws IllegalArgumentException naming what is wrong with the URL
     */
    public static DatabaseOptions of(String url, String user, String password) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
            return fromPlatformUrl(url, user, password);
        }
        return new DatabaseOptions(url, user, password);
    }

    private static DatabaseOptions fromPlatformUrl(String url, String user, String password) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid database URL: " + e.getMessage());
        }
        if (uri.getHost() == null || uri.getRawPath() == null || uri.getRawPath().length() < 2) {
            throw new IllegalArgumentException(
                    "a postgres:// URL needs a host and a database: postgres://user:password@host:5432/database");
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String info = uri.getRawUserInfo();
        if (info != null) {
            int colon = info.indexOf(':');
            String urlUser = decode(colon < 0 ? info : info.substring(0, colon));
            String urlPassword = colon < 0 ? null : decode(info.substring(colon + 1));
            if (user == null) user = urlUser;
            if (password == null) password = urlPassword;
        }
        return new DatabaseOptions(jdbc, user, password);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    public Vendor vendor() {
        return Vendor.of(jdbcUrl);
    }

    /**
     * The URL the pool connects with. For an H2 database kept in files, {@code WRITE_DELAY=0}
     * makes every commit write its changes to the file before the commit returns (H2's default
     * writes them up to half a second later, so a killed process would lose acknowledged saves).
     * {@code DB_CLOSE_ON_EXIT=FALSE} leaves closing to the server's own shutdown hook: H2's hook
     * would otherwise close the database while server runs still checkpoint their trials on the
     * way out. Settings given explicitly in the URL are kept.
     */
    public String connectionUrl() {
        if (vendor() != Vendor.H2) return jdbcUrl;
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:mem:")) return jdbcUrl;
        String url = jdbcUrl;
        if (!lower.contains(";write_delay=")) url += ";WRITE_DELAY=0";
        if (!lower.contains(";db_close_on_exit=")) url += ";DB_CLOSE_ON_EXIT=FALSE";
        return url;
    }

    /**
     * The H2 database's file ({@code <name>.mv.db}) when it is kept in files by this process, else
     * null (PostgreSQL, an in-memory database, an H2 server reached over TCP).
     */
    public Path localFile() {
        if (vendor() != Vendor.H2) return null;
        String name = jdbcUrl.substring("jdbc:h2:".length());
        int semicolon = name.indexOf(';');
        if (semicolon >= 0) name = name.substring(0, semicolon);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            name = name.substring("file:".length());
        } else if (lower.startsWith("mem:") || lower.startsWith("tcp:") || lower.startsWith("ssl:")
                || lower.startsWith("zip:")) {
            return null;
        }
        if (name.startsWith("~")) name = System.getProperty("user.home") + name.substring(1);
        return Path.of(name + ".mv.db");
    }

    /** The URL without a password that may be written in it, for logs and messages. */
    public String describe() {
        return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
