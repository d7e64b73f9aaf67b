package com.zhengqi.graph.serve.http;

import com.zhengqi.graph.security.ExposurePolicy;
import com.zhengqi.graph.security.UnsafeExposureException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Runs {@link ExposurePolicy} on the HTTP server's address before anything starts: before the
 * embedded database opens and before the web server binds. (The embedded Bolt listener's address,
 * {@code --bolt-address}, is checked by the store itself through {@link ExposurePolicy#checkBolt}.) Registered in
 * META-INF/spring.factories, so it sees every source of configuration (properties, environment
 * variables such as SERVER_ADDRESS, system properties).
 */
public class ExposureCheck implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (application.getWebApplicationType() != WebApplicationType.NONE) {
            ExposurePolicy.checkHttp(environment.getProperty("server.address"), environment.getProperty("zhengqi.api.key"))
                    .ifPresent(reason -> {
                        throw new UnsafeExposureException(reason);
                    });
        }
    }
}
