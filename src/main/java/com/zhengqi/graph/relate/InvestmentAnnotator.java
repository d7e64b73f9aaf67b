package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.FindLayers;
import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;

import java.util.Set;

/** Projects, their investors, amounts, places and statuses, and investment statistics ({@link ProjectReader}). */
final class InvestmentAnnotator implements Annotator {

    private final ProjectReader reader = new ProjectReader();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(RelateLayers.ENTITIES, RelateLayers.OFFICIALS, FindLayers.DATES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(RelateLayers.INVESTMENTS);
    }

    @Override
    public void annotate(Document document) {
        int before = document.relations().size();
        reader.read(document.get(RelateLayers.ENTITIES), document.get(RelateLayers.OFFICIALS));
        document.put(RelateLayers.INVESTMENTS, document.relations().size() - before);
    }

    @Override
    public String describe() {
        return "ProjectReader: INVESTS_IN, LOCATED_IN, FOR_REGION; amounts and statuses on projects";
    }
}
