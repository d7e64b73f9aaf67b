package com.zhengqi.graph.store;

import com.zhengqi.graph.resolve.ChinaGazetteer;
import com.zhengqi.graph.resolve.Gazetteer;
import com.zhengqi.graph.resolve.identity.EntityResolver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The entity resolver the writer uses. It reads region names from the application's gazetteer: a
 * {@link Gazetteer} bean if there is one, else the shared one the extractor uses.
 */
@Configuration(proxyBeanMethods = false)
class ResolutionConfiguration {

    @Bean
    EntityResolver entityResolver(ObjectProvider<Gazetteer> gazetteer) {
        return EntityResolver.create(gazetteer.getIfUnique(ChinaGazetteer::shared));
    }
}
