package com.zhengqi.graph.find;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;
import com.zhengqi.graph.model.MentionType;

import java.util.List;
import java.util.Set;

/** Dates written in the text, resolved against the article's {@code publishedOn} ({@link DateFinder}). */
final class DateAnnotator implements Annotator {

    private final DateFinder finder = new DateFinder();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(FindLayers.DATES);
    }

    @Override
    public void annotate(Document document) {
        List<DateMention> found = List.copyOf(finder.find(document.text(), DateFinder.articleDate(document.article().publishedOn())));
        found.forEach(d -> document.addMention(MentionType.DATE, d.start(), d.end()));
        document.put(FindLayers.DATES, found);
    }

    @Override
    public String describe() {
        return "DateFinder: days, runs of days, months, quarters, years and words relative to the article, resolved to ISO";
    }
}
