package com.zhengqi.graph.serve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of the readiness probe ({@code /actuator/health/readiness}, group {@code readiness} in
 * application.properties): OUT_OF_SERVICE from the start of {@code serve PATH...} until its start-up ingest ends,
 * so that a client can tell a graph still being written from a small one. {@code serve} sets
 * {@code zhengqi.serve.startup-ingest} before the server starts, so there is no moment at which the probe says UP
 * before the ingest has begun.
 */
@Component
public class StartupIngestHealthIndicator implements HealthIndicator {

    private volatile boolean pending;

    StartupIngestHealthIndicator(@Value("${zhengqi.serve.startup-ingest:false}") boolean startupIngest) {
        this.pending = startupIngest;
    }

    /** The start-up ingest ended, however it ended: the graph is what it will be. */
    public void ingestEnded() {
        pending = false;
    }

    @Override
    public Health health() {
        return pending ? Health.outOfService().build() : Health.up().build();
    }
}
