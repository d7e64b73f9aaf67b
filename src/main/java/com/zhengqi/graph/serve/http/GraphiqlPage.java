package com.zhengqi.graph.serve.http;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves GraphiQL at {@value #PATH}: our own page (static/graphiql/) in place of Spring for
 * GraphQL's, which loads its code from esm.sh and so stays blank without internet. The page loads
 * GraphiQL, React and ReactDOM from the WebJars inside the application.
 */
@Configuration(proxyBeanMethods = false)
class GraphiqlPage implements WebMvcConfigurer {

    static final String PATH = "/graphiql";
    static final String PAGE = PATH + "/index.html";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // Static resources have no index page below the root, so both addresses forward to the file.
        registry.addViewController(PATH).setViewName("forward:" + PAGE);
        registry.addViewController(PATH + "/").setViewName("forward:" + PAGE);
    }
}
