package com.zhengqi.graph.find;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;
import com.zhengqi.graph.model.MentionType;

import java.util.List;
import java.util.Set;

/** Companies and government, party and zone bodies ({@link OrganizationFinder}). */
final class OrganizationAnnotator implements Annotator {

    private final OrganizationFinder finder = new OrganizationFinder();

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(FindLayers.TOKENS, FindLayers.REGIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(FindLayers.ORGANIZATIONS);
    }

    @Override
    public void annotate(Document document) {
        List<OrgMention> found = List.copyOf(finder.find(document.text(), document.get(FindLayers.TOKENS), document.get(FindLayers.REGIONS)));
        found.forEach(o -> document.addMention(MentionType.ORGANIZATION, o.start(), o.end()));
        document.put(FindLayers.ORGANIZATIONS, found);
    }

    @Override
    public String describe() {
        return "OrganizationFinder: suffixes, lists, contexts, title holders, aliases";
    }
}
