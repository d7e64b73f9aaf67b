package com.zhengqi.graph.extract;

import com.zhengqi.graph.model.FileGraph;

/**
 * Turns the raw text of one page (a file) into the graph of the articles it holds. Implementations
 * are stateless after construction and safe to share between threads.
 */
public interface PageExtractor {

    FileGraph extract(String source, String rawText);
}
