package com.zhengqi.graph.model;

import java.util.List;

/** The extraction of one input file: a page may hold several articles. */
public record FileGraph(String source, List<ArticleGraph> articles) {

    public FileGraph {
        articles = List.copyOf(articles);
    }
}
