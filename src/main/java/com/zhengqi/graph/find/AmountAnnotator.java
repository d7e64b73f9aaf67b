package com.zhengqi.graph.find;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;
import com.zhengqi.graph.model.MentionType;

import java.util.List;
import java.util.Set;

/** Sums of money ({@link AmountFinder}). */
final class AmountAnnotator implements Annotator {

    private final AmountFinder finder = new AmountFinder();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(FindLayers.AMOUNTS);
    }

    @Override
    public void annotate(Document document) {
        List<Amount> found = List.copyOf(finder.find(document.text()));
        found.forEach(a -> document.addMention(MentionType.AMOUNT, a.start(), a.end()));
        document.put(FindLayers.AMOUNTS, found);
    }

    @Override
    public String describe() {
        return "AmountFinder: numbers with a currency unit, converted to whole units";
    }
}
