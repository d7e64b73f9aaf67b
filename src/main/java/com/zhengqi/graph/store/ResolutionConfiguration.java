package com.zhengqi.graph.store;

import com.zhengqi.graph.resolve.Gazetteer;
import com.zhengqi.graph.resolve.identity.EntityResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The entity resolver the writer uses; it reads region names from the gazetteer when the application has one. */
@Configuration(proxyBeanMethods = false)
class ResolutionConfiguration {

    @Bean
    EntityResolver entityResolver(ObjectProvider<Gazetteer> gazetteer) {
        return EntityResolver.create(gazetteer.getIfUnique());
    }
}
