package com.zhengqi.graph.relate;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;

import java.util.Set;

/** Appointments to posts and departures from them ({@link CareerEvents}): APPOINTED, LEFT_POST. */
final class CareerEventAnnotator implements Annotator {

    private final CareerEvents reader = new CareerEvents();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(RelateLayers.ENTITIES, RelateLayers.OFFICIALS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(RelateLayers.CAREER_EVENTS);
    }

    @Override
    public void annotate(Document document) {
        document.put(RelateLayers.CAREER_EVENTS, reader.read(document.get(RelateLayers.ENTITIES)));
    }

    @Override
    public String describe() {
        return "CareerEvents: an appointing or leaving cue, a name and a post phrase; APPOINTED, LEFT_POST";
    }
}
