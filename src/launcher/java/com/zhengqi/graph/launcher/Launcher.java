package com.zhengqi.graph.launcher;

import java.lang.reflect.InvocationTargetException;

/**
 * Entry point of the jar. Compiled for Java 17 on purpose: an older {@code java} on the PATH then
 * gets one line saying which Java is needed, instead of an UnsupportedClassVersionError trace
 * from the real main class, which is compiled for Java 25.
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
        try {
            Class.forName(MAIN_CLASS, true, Thread.currentThread().getContextClassLoader())
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
