package com.zhengqi.graph.find;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;

import java.util.Set;

/** Cuts the article into the sentences relations take as evidence. */
final class SentenceSplitter implements Annotator {

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(FindLayers.SENTENCES);
    }

    @Override
    public void annotate(Document document) {
        document.put(FindLayers.SENTENCES, new Sentences(document.text()));
    }

    @Override
    public String describe() {
        return "sentences end at sentence punctuation or a line break; longer runs are cut into windows";
    }
}
