package com.zhengqi.graph.relate;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;

import java.util.Set;

/** Officials visiting organisations ({@link VisitReader}). */
final class VisitAnnotator implements Annotator {

    private final VisitReader reader = new VisitReader();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(RelateLayers.ENTITIES, RelateLayers.OFFICIALS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(RelateLayers.VISITS);
    }

    @Override
    public void annotate(Document document) {
        int before = document.relations().size();
        reader.read(document.get(RelateLayers.ENTITIES), document.get(RelateLayers.OFFICIALS));
        document.put(RelateLayers.VISITS, document.relations().size() - before);
    }

    @Override
    public String describe() {
        return "VisitReader: an official's visit verb before an organisation; VISITED";
    }
}
