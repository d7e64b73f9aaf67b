package com.zhengqi.graph.serve;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

/** Neighbourhoods and shortest paths, as nodes and edges ready for drawing. */
@Controller
class GraphController {

    private final GraphQueries graph;

    GraphController(GraphQueries graph) {
        this.graph = graph;
    }

    @QueryMapping
    Drawing.Subgraph neighborhood(@Argument String id, @Argument int depth, @Argument @Nullable List<String> types, @Argument int limit) {
        Arguments.between("depth", depth, 1, GraphQueries.MAX_DEPTH);
        Arguments.between("limit", limit, 1, GraphQueries.MAX_NODES);
        Drawing.Subgraph subgraph = graph.neighborhood(Arguments.notBlank("id", id), depth, names(types), limit);
        if (subgraph == null) {
            throw ApiException.notFound("id", "node", id);
        }
        return subgraph;
    }

    @QueryMapping
    Drawing.Path shortestPath(@Argument String fromId, @Argument String toId, @Argument int maxLength,
                              @Argument @Nullable List<String> types) {
        Arguments.between("maxLength", maxLength, 1, GraphQueries.MAX_PATH_LENGTH);
        GraphQueries.PathResult result = graph.shortestPath(Arguments.notBlank("fromId", fromId), Arguments.notBlank("toId", toId),
                maxLength, names(types));
        if (!result.fromFound()) {
            throw ApiException.notFound("fromId", "node", fromId);
        }
        if (!result.toFound()) {
            throw ApiException.notFound("toId", "node", toId);
        }
        return result.path();
    }

    /**
     * The schema's RelationshipType enum (checked against graph/registry.json by a test) has
     * already refused an unknown name; the names reach Cypher as a parameter list.
     */
    private static @Nullable List<String> names(@Nullable List<String> types) {
        return types == null || types.isEmpty() ? null : types.stream().distinct().toList();
    }
}
