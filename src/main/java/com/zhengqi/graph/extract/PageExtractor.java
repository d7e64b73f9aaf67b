package com.zhengqi.graph.extract;

import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.FileGraph;
import com.zhengqi.graph.read.source.DocumentHints;
import com.zhengqi.graph.read.source.SourceDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the raw text of one page (a file) into the graph of the articles it holds. Implementations
 * are stateless after construction and safe to share between threads.
 */
public interface PageExtractor {

    FileGraph extract(String source, String rawText);

    /** Extracts one read document, then gives its articles the title and date the file stated (see {@link DocumentHints}). */
    default FileGraph extract(SourceDocument document) {
        return DocumentHints.apply(document, extract(document.source(), document.text()));
    }

    /** Extracts every document read from one file (a JSON-lines file holds many) into the graph of that file. */
    default FileGraph extract(String file, List<SourceDocument> documents) {
        List<ArticleGraph> articles = new ArrayList<>();
        for (SourceDocument document : documents) {
            articles.addAll(extract(document).articles());
        }
        return new FileGraph(file, articles);
    }
}
