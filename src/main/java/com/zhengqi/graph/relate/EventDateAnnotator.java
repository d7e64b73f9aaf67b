package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.DateFinder;
import com.zhengqi.graph.find.DateMention;
import com.zhengqi.graph.find.FindLayers;
import com.zhengqi.graph.find.Sentences;
import com.zhengqi.graph.find.StatedDate;
import com.zhengqi.graph.model.Annotator;
import com.zhengqi.graph.model.Document;
import com.zhengqi.graph.model.Layer;
import com.zhengqi.graph.model.Relation;
import com.zhengqi.graph.registry.GraphRegistry;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Dates every event relation (the types whose registry entry carries {@code date}: VISITED, INVESTS_IN, ...) by the
 * date its sentence states; the headline event, read from the article's first sentence with no date of its own,
 * happened on or before the article's date.
 */
final class EventDateAnnotator implements Annotator {

    private static final Set<String> DATED_TYPES = Set.copyOf(GraphRegistry.standard()
            .relationshipTypes(t -> t.properties().contains("date")).stream().map(t -> t.type()).toList());

    @Override
    public Set<Layer<?>> requires() {
        return Set.of(FindLayers.DATES, FindLayers.SENTENCES, RelateLayers.INVESTMENTS, RelateLayers.VISITS, RelateLayers.CAREER_EVENTS);
    }

    @Override
    public Set<Layer<?>> provides() {
        return Set.of(RelateLayers.EVENT_DATES);
    }

    @Override
    public void annotate(Document document) {
        List<Sentences.Sentence> sentences = document.get(FindLayers.SENTENCES).all();
        int headlineEnd = sentences.isEmpty() ? 0 : sentences.getFirst().end();
        LocalDate published = DateFinder.articleDate(document.article().publishedOn());
        int dated = 0;
        for (Relation relation : List.copyOf(document.relations())) {
            if (!DATED_TYPES.contains(relation.type()) || relation.properties().containsKey("date")) {
                continue;
            }
            Optional<DateMention> date = EventDates.statedFor(document, relation);
            if (date.isPresent()) {
                document.amend(relation, EventDates.properties(date.get(), ""));
                dated++;
            } else if (published != null && relation.evidenceEnd() <= headlineEnd) {
                document.amend(relation, StatedDate.onOrBefore(published).properties(""));
                dated++;
            }
        }
        document.put(RelateLayers.EVENT_DATES, dated);
    }

    @Override
    public String describe() {
        return "EventDates: date, datePrecision, dateEnd on events from the date their sentence states (the headline event: on or before the article's date)";
    }
}
