package com.zhengqi.graph.serve;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.function.Predicate;

/**
 * CPU this JVM spends between two points, split into what the benchmark's own HTTP clients spent
 * (they share the JVM with the server) and the rest: Tomcat, GraphQL, the driver and the embedded
 * Neo4j. Client CPU is what the calling threads report plus whatever the JDK HTTP client's internal
 * threads ({@code HttpClient-…}: selector and workers) spent meanwhile. Of the server's share, the
 * threads that carry requests (Tomcat's, Neo4j's Bolt threads, the driver's) are also counted
 * apart: the rest is garbage collection, the JIT compiler and Neo4j's background work, which at a
 * few requests a second (one client) outweighs the requests themselves.
 */
final class ProcessCpu {

    /** CPU in nanoseconds: the whole JVM, the clients, and the server (the difference). */
    record Spent(long total, long clients, long requestThreads) {

        long server() {
            return total - clients;
        }
    }

    /** Name parts of the threads that carry requests through the server: Tomcat's, Neo4j's Bolt server's, and the driver's. */
    private static final List<String> REQUEST_THREADS = List.of("http-nio-", "BoltWorker", "BoltNetworkIO", "DriverIO");

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final long processAtStart = OS.getProcessCpuTime();
    private final long httpClientThreadsAtStart = threads(name -> name.startsWith("HttpClient-"));
    private final long requestThreadsAtStart = threads(ProcessCpu::carriesRequests);

    /** CPU of the calling thread so far. */
    static long currentThread() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** What was spent since this object was made, given the CPU the calling client threads reported. */
    Spent spent(long callingThreadsNanos) {
        long clients = callingThreadsNanos + threads(name -> name.startsWith("HttpClient-")) - httpClientThreadsAtStart;
        long requests = threads(ProcessCpu::carriesRequests) - requestThreadsAtStart;
        return new Spent(OS.getProcessCpuTime() - processAtStart, clients, requests);
    }

    private static boolean carriesRequests(String threadName) {
        return REQUEST_THREADS.stream().anyMatch(threadName::contains);
    }

    /** CPU so far of the live threads whose names pass {@code names}. */
    private static long threads(Predicate<String> names) {
        long sum = 0;
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (names.test(thread.getName())) {
                sum += Math.max(0, THREADS.getThreadCpuTime(thread.threadId()));
            }
        }
        return sum;
    }
}
