package io.newsdesk.reliability;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL server of the test's own, in {@code target/outage-pg} on port 25432 by default, that the test may stop
 * and start again: the database outage is real, not simulated. Started with the server binaries of the
 * machine ({@code initdb}, {@code pg_ctl}); as root, they run as the {@code postgres} user, as they must.
 */
public class PrivatePostgres implements QuarkusTestResourceLifecycleManager {
    /**
     * 25432 unless {@code -Dtest.outage-pg-port} says otherwise (so that two suite runs can share a machine):
     * below the kernel's ephemeral range, so no client socket of the suite can be holding it when the server starts.
     */
    static final int PORT = Integer.getInteger("test.outage-pg-port", 25432);
    static final String URL = "jdbc:postgresql://127.0.0.1:" + PORT + "/postgres";
    private static final Path BIN = Path.of(System.getProperty("test.pg-bin", "/usr/lib/postgresql/15/bin"));
    private static final Path DIR = Path.of("target", "outage-pg").toAbsolutePath();
    private static final Path DATA = DIR.resolve("data");
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    @Override
    public Map<String, String> start() {
        try {
            if (Files.exists(DATA.resolve("postmaster.pid"))) {
                stopServer("immediate");
            }
            if (!Files.exists(DATA.resolve("PG_VERSION"))) {
                Files.createDirectories(DATA);
                if (ROOT) {
                    run(List.of("chown", "-R", "postgres:postgres", DIR.toString()), false);
                }
                run(List.of(BIN.resolve("initdb").toString(), "-D", DATA.toString(), "-U", "postgres", "-A", "trust",
                        "--no-sync", "-E", "UTF8", "--locale=C"), ROOT);
            }
            startServer();
        } catch (IOException e) {
            throw new IllegalStateException("could not start the private PostgreSQL in " + DIR, e);
        }
        return Map.of("quarkus.datasource.jdbc.url", URL,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        stopServer("immediate");
    }

    public static void startServer() {
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", DATA.toString(), "-l", DIR.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + PORT + " -c listen_addresses=127.0.0.1 -c unix_socket_directories='' "
                        + "-c fsync=off -c max_connections=40", "start"), ROOT);
    }

    /** Stops the server; {@code fast} ends open sessions the way an administrator's restart does. */
    public static void stopServer(String mode) {
        run(List.of(BIN.resolve("pg_ctl").toString(), "-D", DATA.toString(), "-m", mode, "-w", "-t", "60", "stop"), ROOT);
    }

    private static void run(List<String> command, boolean asPostgres) {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(DIR.resolve("commands.log").toFile().exists()
                            ? ProcessBuilder.Redirect.appendTo(DIR.resolve("commands.log").toFile())
                            : ProcessBuilder.Redirect.to(DIR.resolve("commands.log").toFile()))
                    .start();
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("timed out: " + full);
            }
            if (process.exitValue() != 0 && !command.contains("stop")) {
                throw new IllegalStateException("failed (" + process.exitValue() + "): " + full + "; see "
                        + DIR.resolve("commands.log"));
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + full, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + full, e);
        }
    }
}
