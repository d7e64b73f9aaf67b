package com.zhengqi.graph.store;

import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link Driver} for the whole application, pointing at the embedded database or at the
 * configured server. Spring Boot's own driver configuration backs off because this bean exists.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StoreProperties.class, IngestProperties.class})
class Neo4jConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseEndpoint databaseEndpoint(StoreProperties properties) {
        return DatabaseEndpoint.from(properties);
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(DatabaseEndpoint endpoint) {
        Driver driver = GraphDatabase.driver(endpoint.uri(), endpoint.auth());
        driver.verifyConnectivity();
        return driver;
    }
}
