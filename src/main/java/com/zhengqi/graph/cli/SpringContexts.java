package com.zhengqi.graph.cli;

import com.zhengqi.graph.ZhengqiApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;

/** Starts the Spring application for the commands that need the database (and, for serve, the web server). */
final class SpringContexts {

    private SpringContexts() {
    }

    static ConfigurableApplicationContext start(Map<String, Object> properties, boolean web) {
        return new SpringApplicationBuilder(ZhengqiApplication.class)
                .web(web ? WebApplicationType.SERVLET : WebApplicationType.NONE)
                .properties(properties)
                .logStartupInfo(false)
                .run();
    }
}
