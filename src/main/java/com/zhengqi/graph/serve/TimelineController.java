package com.zhengqi.graph.serve;

import com.zhengqi.graph.store.CypherLibrary;
import org.dataloader.DataLoader;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/** An entity's dated events in order (时间线), through the Cypher library's entity-timeline. */
@Controller
class TimelineController {

    private final CypherLibrary library;
    private final EntityQueries entities;

    TimelineController(CypherLibrary library, EntityQueries entities) {
        this.library = library;
        this.entities = entities;
    }

    @QueryMapping
    List<TimelineEvent> timeline(@Argument String id, @Argument String from, @Argument String to) {
        DateWindow window = DateWindow.of(from, to);
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", Arguments.notBlank("id", id));
        parameters.put("from", window.from());
        parameters.put("to", window.to());
        List<TimelineEvent> events = library.run("entity-timeline", parameters).stream().map(TimelineEvent::of).toList();
        if (events.isEmpty() && !exists(id)) {
            throw ApiException.notFound("id", "person, organization, region or project", id);
        }
        return events;
    }

    /** Asked only when the timeline is empty: an entity with no dated event and an unknown id both give no rows. */
    private boolean exists(String id) {
        return Stream.<java.util.function.Function<String, Entity>>of(entities::person, entities::organization, entities::regionById,
                entities::project).map(lookup -> lookup.apply(id.strip())).anyMatch(Objects::nonNull);
    }

    @SchemaMapping(typeName = "TimelineEvent", field = "article")
    CompletableFuture<Article> article(TimelineEvent event, DataLoader<String, Article> articles) {
        return event.articleId() == null ? CompletableFuture.completedFuture(null) : articles.load(event.articleId());
    }
}
