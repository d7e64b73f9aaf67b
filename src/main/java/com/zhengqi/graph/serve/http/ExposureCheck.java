package com.zhengqi.graph.serve.http;

import com.zhengqi.graph.security.ExposurePolicy;
import com.zhengqi.graph.security.UnsafeExposureException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
            ExposurePolicy.checkHttp(environment.getProperty("server.address"), weakestKey(environment))
                    .ifPresent(reason -> {
                        throw new UnsafeExposureException(reason);
                    });
        }
    }

    /**
     * The shortest configured API key ({@code zhengqi.api.keys}, or its former name {@code zhengqi.api.key}), or null
     * when none is: every key opens the API, so the weakest one decides whether it may be exposed.
     */
    static @Nullable String weakestKey(ConfigurableEnvironment environment) {
        Binder binder = Binder.get(environment);
        List<String> keys = new ArrayList<>(binder.bind("zhengqi.api.keys", Bindable.listOf(String.class)).orElse(List.of()));
        binder.bind("zhengqi.api.key", String.class).ifBound(keys::add);
        return keys.stream().map(String::strip).filter(key -> !key.isEmpty())
                .min(Comparator.comparingInt(String::length)).orElse(null);
    }
}
