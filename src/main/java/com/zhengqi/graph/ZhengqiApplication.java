package com.zhengqi.graph;

import com.zhengqi.graph.extract.NewsPageExtractor;
import com.zhengqi.graph.extract.PageExtractor;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The Spring application behind {@code serve} and {@code ingest}; {@code extract} and {@code ner} run without it. */
@SpringBootApplication
public class ZhengqiApplication {

    @Bean
    PageExtractor pageExtractor() {
        return new NewsPageExtractor();
    }
}
