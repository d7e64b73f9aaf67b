package com.zhengqi.graph.relate;

import com.zhengqi.graph.model.Layer;

import java.util.List;
import java.util.Set;

/**
 * The layers the relate stage adds. The relations themselves go to the document ({@code Document.relations()});
 * a layer of a relation family holds how many relations its annotator added, so later steps can require it.
 */
final class RelateLayers {

    public static final Layer<Entities> ENTITIES = Layer.of("entities", "the article's credited people, regions and organisations as graph nodes, and the readers' access to them");
    public static final Layer<Set<String>> CREDITED = Layer.of("credited", "names of the people credited in bylines (they get REPORTED, never a post)");
    public static final Layer<List<Official>> OFFICIALS = Layer.of("officials", "people read with a title, and the posts related to them");
    public static final Layer<Integer> INVESTMENTS = Layer.of("investments", "INVESTS_IN, LOCATED_IN of projects, statistics");
    public static final Layer<Integer> VISITS = Layer.of("visits", "VISITED");
    public static final Layer<Integer> INDUSTRIES = Layer.of("industries", "Industry nodes and IN_INDUSTRY");

    public static final Layer<Integer> CAREER_EVENTS = Layer.of("career-events", "APPOINTED and LEFT_POST beside the posts they open and close");
    public static final Layer<Integer> EVENT_DATES = Layer.of("event-dates", "date, datePrecision and dateEnd on event relations");

    private RelateLayers() {
    }
}
