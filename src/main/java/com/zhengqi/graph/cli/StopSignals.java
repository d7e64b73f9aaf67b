package com.zhengqi.graph.cli;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Ctrl-C (SIGINT) and SIGTERM while an ingest runs. Left to the JVM, a signal starts its shutdown, which closes
 * the database under the writer ({@code error: Connection source is closed.}). While this is open the first signal
 * only asks the ingest to stop ({@link #received}): it ends after the file in hand with its articles written whole,
 * the command says what is written and what is left, and exits with 128 + the signal's number (130, 143), as a
 * shell expects. A second signal stops at once, with the same code; the database recovers at its next start, as
 * after kill -9. Closing this gives the signals back to the JVM (serve's shutdown once it is serving).
 */
final class StopSignals implements AutoCloseable {

    private static final String[] NAMES = {"INT", "TERM"};

    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private volatile Signal received;

    private StopSignals() {
    }

    static StopSignals install() {
        StopSignals signals = new StopSignals();
        for (String name : NAMES) {
            Signal signal = new Signal(name);
            signals.previous.put(signal, Signal.handle(signal, signals::handle));
        }
        return signals;
    }

    private void handle(Signal signal) {
        if (received != null) {
            Runtime.getRuntime().halt(exitCode(signal));
        }
        received = signal;
    }

    /** Whether a stop signal came. */
    boolean received() {
        return received != null;
    }

    /** 130 after SIGINT, 143 after SIGTERM; only meaningful once {@link #received}. */
    int exitCode() {
        return exitCode(received);
    }

    /** {@code SIGINT} or {@code SIGTERM}. */
    String signalName() {
        return "SIG" + received.getName();
    }

    private static int exitCode(Signal signal) {
        return 128 + signal.getNumber();
    }

    @Override
    public void close() {
        previous.forEach(Signal::handle);
    }
}
