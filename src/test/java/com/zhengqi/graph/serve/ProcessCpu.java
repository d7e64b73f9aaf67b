package com.zhengqi.graph.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU this JVM spends between two points, split into what the benchmark's own HTTP clients spent
 * (they share the JVM with the server) and the rest: Tomcat, GraphQL, the driver and the embedded
 * Neo4j. Client CPU is what the calling threads report plus whatever the JDK HTTP client's internal
 * threads ({@code HttpClient-…}: selector and workers) spent meanwhile.
 */
final class ProcessCpu {

    /** CPU in nanoseconds: the whole JVM, the clients, and the server (the difference). */
    record Spent(long total, long clients) {

        long server() {
            return total - clients;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long processAtStart = OS.getProcessCpuTime();
    private final long httpClientThreadsAtStart = httpClientThreads();

    /** CPU of the calling thread so far. */
    static long currentThread() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** What was spent since this object was made, given the CPU the calling client threads reported. */
    Spent spent(long callingThreadsNanos) {
        long clients = callingThreadsNanos + httpClientThreads() - httpClientThreadsAtStart;
        return new Spent(OS.getProcessCpuTime() - processAtStart, clients);
    }

    private static long httpClientThreads() {
        long sum = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("HttpClient-")) {
                sum += Math.max(0, THREADS.getThreadCpuTime(thread.threadId()));
            }
        }
        return sum;
    }
}
