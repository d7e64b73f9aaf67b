package com.zhengqi.graph.serve;

import org.jspecify.annotations.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.List;

/** Several shortest chains between two entities, for the explorer's path view. */
@Controller
class PathsController {

    private final PathQueries paths;

    PathsController(PathQueries paths) {
        this.paths = paths;
    }

    @QueryMapping
    List<Drawing.Path> shortestPaths(@Argument String fromId, @Argument String toId, @Argument int maxLength,
                                     @Argument @Nullable List<String> types, @Argument int first) {
        Arguments.between("maxLength", maxLength, 1, GraphQueries.MAX_PATH_LENGTH);
        Arguments.between("first", first, 1, PathQueries.MAX_PATHS);
        PathQueries.Found found = paths.shortestPaths(Arguments.notBlank("fromId", fromId), Arguments.notBlank("toId", toId),
                maxLength, types == null || types.isEmpty() ? null : types.stream().distinct().toList(), first);
        if (!found.fromFound()) {
            throw ApiException.notFound("fromId", "node", fromId);
        }
        if (!found.toFound()) {
            throw ApiException.notFound("toId", "node", toId);
        }
        return found.paths();
    }
}
