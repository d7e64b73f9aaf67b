package com.zhengqi.graph.find;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;
import com.zhengqi.graph.model.MentionType;

import java.util.List;
import java.util.Set;

/** A company's own facilities written after its name, read as projects ({@link CompanyFacilityFinder}). */
final class FacilityAnnotator implements Annotator {

    private final CompanyFacilityFinder finder = new CompanyFacilityFinder();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(FindLayers.TOKENS, FindLayers.REGIONS, FindLayers.ORGANIZATIONS, FindLayers.LIST_COMPANIES);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(FindLayers.FACILITIES);
    }

    @Override
    public void annotate(Document document) {
        List<ProjectMention> found = List.copyOf(finder.find(document.text(), document.get(FindLayers.TOKENS),
                document.get(FindLayers.REGIONS), ArticleMentions.organizations(document)));
        found.forEach(p -> document.addMention(MentionType.PROJECT, p.start(), p.end()));
        document.put(FindLayers.FACILITIES, found);
    }

    @Override
    public String describe() {
        return "CompanyFacilityFinder: a company's plant or phase named after it";
    }
}
