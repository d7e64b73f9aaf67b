package com.zhengqi.graph.serve.http;

import com.zhengqi.graph.security.UnsafeExposureException;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a refused exposure as Spring Boot's short failure report, without a stack trace. */
public class UnsafeExposureFailureAnalyzer extends AbstractFailureAnalyzer<UnsafeExposureException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsafeExposureException cause) {
        return new FailureAnalysis(cause.getMessage(), "Configure authentication or bind to 127.0.0.1; see docs/robustness.md.", cause);
    }
}
