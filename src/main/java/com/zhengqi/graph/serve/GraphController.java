package com.zhengqi.graph.serve;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

/** Neighbourhoods and shortest paths, as nodes and edges ready for drawing. */
@Controller
class GraphController {

    /** The relationship types of the schema's RelationshipType enum; they reach Cypher as a parameter list. */
    enum RelationshipType {
        HOLDS_POSITION, LEADS, WORKS_FOR, PART_OF, INVESTS_IN, LOCATED_IN, IN_INDUSTRY, VISITED, REPORTED, MENTIONS
    }

    private final GraphQueries graph;

    GraphController(GraphQueries graph) {
        this.graph = graph;
    }

    @QueryMapping
    Drawing.Subgraph neighborhood(@Argument String id, @Argument int depth, @Argument List<RelationshipType> types, @Argument int limit) {
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
                              @Argument List<RelationshipType> types) {
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

    private static List<String> names(List<RelationshipType> types) {
        return types == null || types.isEmpty() ? null : types.stream().map(Enum::name).distinct().toList();
    }
}
