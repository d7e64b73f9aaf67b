package com.zhengqi.graph.find;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;
import com.zhengqi.graph.model.MentionType;

import java.util.List;
import java.util.Set;

/** The companies among the bare items of a list of projects ({@link ProjectListCompanies}). */
final class ListCompanyAnnotator implements Annotator {

    private final ProjectListCompanies finder;

    ListCompanyAnnotator(ProjectFinder projectWords) {
        this.finder = new ProjectListCompanies(projectWords);
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(FindLayers.REGIONS, FindLayers.ORGANIZATIONS, FindLayers.PROJECTS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(FindLayers.LIST_COMPANIES);
    }

    @Override
    public void annotate(Document document) {
        List<OrgMention> found = List.copyOf(finder.find(document.text(), document.get(FindLayers.REGIONS),
                document.get(FindLayers.ORGANIZATIONS), document.get(FindLayers.PROJECTS)));
        found.forEach(o -> document.addMention(MentionType.ORGANIZATION, o.start(), o.end()));
        document.put(FindLayers.LIST_COMPANIES, found);
    }

    @Override
    public String describe() {
        return "ProjectListCompanies: list items that are companies, not projects";
    }
}
