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

    /**
     * As {@link #extract(String, String)}, knowing what the file said about the page before its text is read: the
     * site it is on and the date it states. Both must be known while reading, not only after: a brief on a county's
     * site that names no place is about that county, and 昨日 or 12月1日 resolve against the page's date.
     */
    default FileGraph extract(String source, String rawText, PageHints hints) {
        return extract(source, rawText);
    }

    /** Extracts one read document, then gives its articles the title and date the file stated (see {@link DocumentHints}). */
    default FileGraph extract(SourceDocument document) {
        PageHints hints = new PageHints(document.site(), document.publishedOn());
        return DocumentHints.apply(document, extract(document.source(), document.text(), hints));
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
