package com.zhengqi.graph.find;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;

import java.util.Set;

/** Segments the article once; every later step reads these words. */
final class WordSegmenter implements Annotator {

    @Override
    public Set<Layer<?>> requires() {
        return Set.of();
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(FindLayers.TOKENS);
    }

    @Override
    public void annotate(Document document) {
        document.put(FindLayers.TOKENS, Segmentation.of(document.text()));
    }

    @Override
    public String describe() {
        return "HanLP segmentation with person names on";
    }
}
