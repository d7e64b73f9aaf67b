package com.zhengqi.graph.read.source;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The application's one {@link DocumentReader}, set up from {@value #ENCODING_PROPERTY} (blank: detect per file). */
@Configuration(proxyBeanMethods = false)
public class ReadConfiguration {

    public static final String ENCODING_PROPERTY = "zhengqi.read.encoding";

    @Bean
    DocumentReader documentReader(@Value("${" + ENCODING_PROPERTY + ":}") String encoding) {
        return new DocumentReader(ReadOptions.forEncodingName(encoding));
    }
}
