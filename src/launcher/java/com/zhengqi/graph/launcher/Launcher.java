package com.zhengqi.graph.launcher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * Entry point of the jar. Compiled for Java 17 on purpose: an older {@code java} on the PATH then
 * gets one line saying which Java is needed, instead of an UnsupportedClassVersionError trace
 * from the real main class, which is compiled for Java 25.
 *
 * <p>It also keeps the JVM's warnings about libraries off every command's output (see
 * docs/robustness.md). JNA's native access is allowed by the jar's manifest
 * ({@code Enable-Native-Access: ALL-UNNAMED}). JCTools, which Neo4j's transaction log and log4j use,
 * calls {@code sun.misc.Unsafe}; Java 24 and later warn about that once per run, and the switch that
 * allows it, {@code --sun-misc-unsafe-memory-access=allow}, is a command-line option only.
 */
public final class Launcher {

    static final int REQUIRED_JAVA = 25;
    static final String MAIN_CLASS = "com.zhengqi.graph.cli.Main";

    private Launcher() {
    }

    public static void main(String[] args) throws Throwable {
        int running = Runtime.version().feature();
        if (running < REQUIRED_JAVA) {
            System.err.println("zhengqi-graph needs Java " + REQUIRED_JAVA + " or newer, but this is Java " + running
                    + " (" + System.getProperty("java.home") + "); run it with a JDK " + REQUIRED_JAVA
                    + " java, e.g. /usr/lib/jvm/temurin-25-jdk-amd64/bin/java -jar target/zhengqi-graph.jar");
            System.exit(1);
        }
        markUnsafeMemoryAccessWarned();
        try {
            Class.forName(MAIN_CLASS, true, Thread.currentThread().getContextClassLoader())
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * Sets the flag that {@code sun.misc.Unsafe} keeps once it has printed its one warning, so it
     * prints none: the effect of {@code --sun-misc-unsafe-memory-access=allow} (the default mode
     * warns once and then allows), without starting a second JVM to pass that option. The
     * jdk.unsupported module opens {@code sun.misc} for this kind of access. On a Java whose Unsafe
     * has no such method the warning is printed as before.
     */
    static void markUnsafeMemoryAccessWarned() {
        try {
            Method setWarned = Class.forName("sun.misc.Unsafe").getDeclaredMethod("trySetMemoryAccessWarned");
            setWarned.setAccessible(true);
            setWarned.invoke(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Not this Java's internals: the warning stays, nothing else changes.
        }
    }
}
