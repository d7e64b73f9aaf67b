package com.zhengqi.graph;

import com.zhengqi.graph.extract.LazyPageExtractor;
import com.zhengqi.graph.extract.NewsPageExtractor;
import com.zhengqi.graph.extract.PageExtractor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring application behind {@code serve} and {@code ingest}; {@code extract} and {@code ner} run without it. */
@SpringBootApplication
public class ZhengqiApplication {

    /** Loaded on the first page to extract, so that serving a store never waits for the extraction models. */
    @Bean
    PageExtractor pageExtractor() {
        return new LazyPageExtractor(NewsPageExtractor::new);
    }
}
