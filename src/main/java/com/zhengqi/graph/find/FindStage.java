package com.zhengqi.graph.find;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.resolve.RegionFinder;

import java.util.List;

/** The find stage's annotators in the order they need each other. */
public final class FindStage {

    private FindStage() {
    }

    public static List<Annotator> annotators(RegionFinder regions) {
        ProjectFinder projects = new ProjectFinder();
        return List.of(new WordSegmenter(), new SentenceSplitter(), new RegionAnnotator(regions), new OrganizationAnnotator(),
                new ProjectAnnotator(projects), new ListCompanyAnnotator(projects), new FacilityAnnotator(), new AmountAnnotator(),
                new DateAnnotator());
    }
}
