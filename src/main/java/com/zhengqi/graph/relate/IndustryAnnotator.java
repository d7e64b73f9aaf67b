package com.zhengqi.graph.relate;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;

import java.util.Set;

/** Industries listed before an industry noun, and the projects listed under one ({@link IndustryReader}). */
final class IndustryAnnotator implements Annotator {

    private final IndustryReader reader = new IndustryReader();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(RelateLayers.ENTITIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(RelateLayers.INDUSTRIES);
    }

    @Override
    public void annotate(Document document) {
        int before = document.relations().size();
        reader.read(document.get(RelateLayers.ENTITIES));
        document.put(RelateLayers.INDUSTRIES, document.relations().size() - before);
    }

    @Override
    public String describe() {
        return "IndustryReader: Industry nodes, IN_INDUSTRY from the region and from listed projects";
    }
}
