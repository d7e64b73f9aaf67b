package com.zhengqi.graph.relate;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;
import com.zhengqi.graph.model.MentionType;

import java.util.List;
import java.util.Set;

/** Officials and executives with their posts ({@link OfficialReader}); its people are the subjects of later readers. */
final class OfficialAnnotator implements Annotator {

    private final OfficialReader reader = new OfficialReader();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(RelateLayers.ENTITIES, RelateLayers.CREDITED);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(RelateLayers.OFFICIALS);
    }

    @Override
    public void annotate(Document document) {
        List<Official> officials = List.copyOf(reader.read(document.get(RelateLayers.ENTITIES), document.get(RelateLayers.CREDITED)));
        officials.forEach(o -> document.addMention(MentionType.PERSON, o.nameStart(), o.nameEnd()));
        document.put(RelateLayers.OFFICIALS, officials);
    }

    @Override
    public String describe() {
        return "OfficialReader: title before or after a name; LEADS, HOLDS_POSITION, WORKS_FOR";
    }
}
