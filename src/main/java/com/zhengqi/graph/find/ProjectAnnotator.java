package com.zhengqi.graph.find;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;
import com.zhengqi.graph.model.MentionType;

import java.util.List;
import java.util.Set;

/** Named projects ({@link ProjectFinder}). */
final class ProjectAnnotator implements Annotator {

    private final ProjectFinder finder;

    ProjectAnnotator(ProjectFinder finder) {
        this.finder = finder;
    }

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(FindLayers.TOKENS, FindLayers.REGIONS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(FindLayers.PROJECTS);
    }

    @Override
    public void annotate(Document document) {
        List<ProjectMention> found = List.copyOf(finder.find(document.text(), document.get(FindLayers.TOKENS), document.get(FindLayers.REGIONS)));
        found.forEach(p -> document.addMention(MentionType.PROJECT, p.start(), p.end()));
        document.put(FindLayers.PROJECTS, found);
    }

    @Override
    public String describe() {
        return "ProjectFinder: a name closed by a project word";
    }
}
