package com.zhengqi.graph.cli;

import com.zhengqi.graph.ZhengqiApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/** Starts the Spring application for the commands that need the database (and, for serve, the web server). */
final class SpringContexts {

    /** Name of the property source that holds what the user typed on the command line. */
    static final String COMMAND_LINE_OPTIONS = "zhengqiCommandLineOptions";

    private SpringContexts() {
    }

    /**
     * Starts the application with {@code properties} taking precedence over every other source. Options the user
     * typed must win over application.properties (server.port=8080 there once silently overrode {@code --port}),
     * so they go first in the environment rather than in the builder's default properties, which rank last.
     */
    static ConfigurableApplicationContext start(Map<String, Object> properties, boolean web) {
        return new SpringApplicationBuilder(ZhengqiApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource(COMMAND_LINE_OPTIONS, Map.copyOf(properties))))
                .logStartupInfo(false)
                .run();
    }
}
