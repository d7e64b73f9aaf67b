package com.zhengqi.graph.relate;

import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.resolve.Gazetteer;

import java.util.List;

/** The relate stage's annotators in the order they run: node ids follow this order, so it is part of the output. */
public final class RelateStage {

    private RelateStage() {
    }

    public static List<Annotator> annotators(Gazetteer gazetteer) {
        return List.of(new ArticleEntities(gazetteer), new OfficialAnnotator(), new InvestmentAnnotator(), new VisitAnnotator(),
                new IndustryAnnotator(),
                new CareerEventAnnotator(), new EventDateAnnotator());
    }
}
