package com.zhengqi.graph.serve;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The explorer's page on arrival: what the graph holds and where the money goes. */
@Controller
class OverviewController {

    private final OverviewQueries overview;

    OverviewController(OverviewQueries overview) {
        this.overview = overview;
    }

    @QueryMapping
    Overview overview(@Argument int first) {
        return overview.overview(Arguments.between("first", first, 0, OverviewQueries.MAX_RANKED));
    }
}
