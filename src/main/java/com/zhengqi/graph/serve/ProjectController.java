package com.zhengqi.graph.serve;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import java.util.ArrayList;
import java.util.List;

/** The projects connection and investment totals. */
@Controller
class ProjectController {

    record ProjectEdge(String cursor, Entity node) {
    }

    record ProjectConnection(int totalCount, List<ProjectEdge> edges, PageInfo pageInfo) {

        public List<Entity> nodes() {
            return edges.stream().map(ProjectEdge::node).toList();
        }
    }

    private final ProjectQueries projects;
    private final Arguments arguments;

    ProjectController(ProjectQueries projects, Arguments arguments) {
        this.projects = projects;
        this.arguments = arguments;
    }

    @QueryMapping
    ProjectConnection projects(@Argument ProjectFilter filter, @Argument ProjectOrder orderBy, @Argument int first,
                               @Argument String after) {
        int size = arguments.first(first);
        int skip = Cursors.offsetAfter(after);
        ProjectQueries.Page page = projects.page(filter == null ? ProjectFilter.NONE : filter.checked(), orderBy, skip, size);
        List<ProjectEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.projects().size(); i++) {
            edges.add(new ProjectEdge(Cursors.of(skip + i), page.projects().get(i)));
        }
        return new ProjectConnection(page.total(), edges, PageInfo.of(skip, edges.size(), page.total()));
    }

    @QueryMapping
    List<InvestmentTotal> investmentTotals(@Argument InvestmentGrouping groupBy, @Argument ProjectFilter filter, @Argument int first) {
        return projects.totals(groupBy, filter == null ? ProjectFilter.NONE : filter.checked(), arguments.first(first));
    }
}
