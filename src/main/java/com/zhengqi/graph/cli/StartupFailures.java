package com.zhengqi.graph.cli;

import com.zhengqi.graph.store.EmbeddedNeo4j;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.io.locker.FileLockException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

import java.net.BindException;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the failures a user causes by starting a second process on the same database into one line
 * that says what to do. Neo4j says only that it cannot lock a file; the user needs to hear that an
 * embedded database belongs to one process, and how to ingest into a running {@code serve}.
 */
final class StartupFailures {

    /** The operating system's words for binding to an address the machine does not have (EADDRNOTAVAIL). */
    private static final String NOT_THIS_MACHINE = "Cannot assign requested address";
    private static final Pattern LOCK_FILE = Pattern.compile("lock on file: (\\S+?)\\.?(\\s|$)");

    private StartupFailures() {
    }

    /** The one line to print for a command that failed with this exception. */
    static String explain(Throwable failure) {
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FileLockException locked) {
                return storeLocked(locked);
            }
            if (t instanceof BindException bind && mentions(bind, NOT_THIS_MACHINE)) {
                return "cannot listen on that address (" + bind.getMessage() + "): it is not one of this machine's; check --bolt-address and server.address";
            }
            if (t instanceof AuthenticationException) {
                return "Neo4j refused the user name or password (" + t.getMessage() + "): check --neo4j-user and --neo4j-password "
                        + "(env NEO4J_USER, NEO4J_PASSWORD)";
            }
            if (t instanceof BindException bind) {
                return "a port is already in use (" + bind.getMessage() + "): another serve may be running; pick other ports with --port and --bolt-port (0 picks a free one)";
            }
            root = t;
            if (t.getCause() == t) {
                break;
            }
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    /** Whether the exception or one of its causes says so (Neo4j wraps the socket's own error). */
    private static boolean mentions(Throwable failure, String text) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (String.valueOf(t.getMessage()).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private static String storeLocked(FileLockException e) {
        Matcher m = LOCK_FILE.matcher(String.valueOf(e.getMessage()));
        String dataDir = "the data folder";
        String boltUri = "bolt://127.0.0.1:PORT";
        if (m.find()) {
            // The lock file is DATA_DIR/data/databases/store_lock.
            Path lock = Path.of(m.group(1));
            Path home = lock.getParent() == null || lock.getParent().getParent() == null ? null : lock.getParent().getParent().getParent();
            dataDir = home == null ? m.group(1) : home.toString();
            if (home != null) {
                boltUri = EmbeddedNeo4j.boltUriOfOpenDatabase(home).orElse(boltUri);
            }
        }
        return ("the database in %s is open in another process (a running serve or ingest); an embedded database can be opened by one "
                + "process at a time. To ingest while serve runs, send ingest to its Bolt port: ingest --neo4j-uri %s PATH...")
                .formatted(dataDir, boltUri);
    }

    /** Keeps Spring Boot from logging a stack trace for a locked store: the command prints {@link #explain} instead. */
    public static final class StoreLockedAnalyzer extends AbstractFailureAnalyzer<FileLockException> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, FileLockException cause) {
            return new FailureAnalysis(explain(cause), "Stop the other process, or use its Bolt port with --neo4j-uri.", cause);
        }
    }
}
