package com.zhengqi.graph.serve;

import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Investments, visits, mentions, bylines and statistics of many parents at once. Investments and
 * visits reported by several articles are folded into one, keeping the earliest report (for
 * investments, the earliest that states an amount).
 */
@Component
class RelationshipQueries {

    private static final String FOLD_INVESTMENTS = """
            OPTIONAL MATCH (a:Article {id: x.articleId})
            WITH key, investor, project, x ORDER BY x.amountYuan IS NULL, a.publishedOn
            WITH key, investor, project, collect(x) AS xs
            WITH key, {id: elementId(xs[0]), investor: %s, project: %s, rel: properties(xs[0])} AS item
                 ORDER BY item.project.amountYuan IS NULL, item.project.amountYuan DESC
            RETURN key, collect(item) AS items
            """.formatted(Fragments.entity("investor"), Fragments.entity("project"));

    private static final String INVESTMENTS_IN_PROJECTS = """
            UNWIND $ids AS key
            MATCH (project) WHERE elementId(project) = key
            MATCH (investor)-[x:INVESTS_IN]->(project)
            """ + FOLD_INVESTMENTS;

    private static final String INVESTMENTS_BY_INVESTORS = """
            UNWIND $ids AS key
            MATCH (investor) WHERE elementId(investor) = key
            MATCH (investor)-[x:INVESTS_IN]->(project:Project)
            """ + FOLD_INVESTMENTS;

    private static final String FOLD_VISITS = """
            OPTIONAL MATCH (a:Article {id: x.articleId})
            WITH key, person, organization, x ORDER BY a.publishedOn
            WITH key, person, organization, x.date AS date, collect(x) AS xs
            WITH key, date, {id: elementId(xs[0]), person: %s, organization: %s, rel: properties(xs[0])} AS item
                 ORDER BY date DESC
            RETURN key, collect(item) AS items
            """.formatted(Fragments.entity("person"), Fragments.entity("organization"));

    private static final String VISITS_BY_PEOPLE = """
            UNWIND $ids AS key
            MATCH (person) WHERE elementId(person) = key
            MATCH (person)-[x:VISITED]->(organization)
            """ + FOLD_VISITS;

    private static final String VISITS_TO_ORGANIZATIONS = """
            UNWIND $ids AS key
            MATCH (organization) WHERE elementId(organization) = key
            MATCH (person:Person)-[x:VISITED]->(organization)
            """ + FOLD_VISITS;

    private static final String MENTIONS_OF_ENTITIES = """
            UNWIND $ids AS key
            MATCH (n) WHERE elementId(n) = key
            MATCH (a:Article)-[x:MENTIONS]->(n)
            WITH key, n, x, a ORDER BY a.publishedOn DESC, a.id
            RETURN key, collect({id: elementId(x), entity: %s, rel: properties(x), articleId: a.id})[..$first] AS items
            """.formatted(Fragments.ENTITY);

    private static final String MENTIONS_IN_ARTICLES = """
            UNWIND $ids AS key
            MATCH (a:Article {id: key})-[x:MENTIONS]->(n)
            WITH key, n, x, a ORDER BY coalesce(x.count, 1) DESC, n.name
            RETURN key, collect({id: elementId(x), entity: %s, rel: properties(x), articleId: a.id})[..$first] AS items
            """.formatted(Fragments.ENTITY);

    private static final String REPORTS_BY_PEOPLE = """
            UNWIND $ids AS key
            MATCH (person) WHERE elementId(person) = key
            MATCH (person)-[x:REPORTED]->(a:Article)
            WITH key, person, x, a ORDER BY a.publishedOn DESC
            RETURN key, collect({id: elementId(x), person: %s, rel: properties(x), articleId: a.id}) AS items
            """.formatted(Fragments.entity("person"));

    private static final String REPORTS_OF_ARTICLES = """
            UNWIND $ids AS key
            MATCH (person:Person)-[x:REPORTED]->(a:Article {id: key})
            WITH key, person, x, a ORDER BY x.role, person.name
            RETURN key, collect({id: elementId(x), person: %s, rel: properties(x), articleId: a.id}) AS items
            """.formatted(Fragments.entity("person"));

    private static final String STATISTICS_OF_REGIONS = """
            UNWIND $ids AS key
            MATCH (region) WHERE elementId(region) = key
            MATCH (s:InvestmentStatistic)-[x]-(region)
            WITH key, region, s, x ORDER BY s.kind, s.amountYuan DESC
            RETURN key, collect({statistic: properties(s), region: %s, rel: properties(x)}) AS items
            """.formatted(Fragments.entity("region"));

    private final BatchReads batches;

    RelationshipQueries(BatchReads batches) {
        this.batches = batches;
    }

    <S extends Entity> Map<S, List<Investment>> investmentsIn(Collection<S> projects) {
        return batches.lists(projects, Entity::elementId, INVESTMENTS_IN_PROJECTS, Investment::of);
    }

    <S extends Entity> Map<S, List<Investment>> investmentsBy(Collection<S> investors) {
        return batches.lists(investors, Entity::elementId, INVESTMENTS_BY_INVESTORS, Investment::of);
    }

    <S extends Entity> Map<S, List<Visit>> visitsBy(Collection<S> people) {
        return batches.lists(people, Entity::elementId, VISITS_BY_PEOPLE, Visit::of);
    }

    <S extends Entity> Map<S, List<Visit>> visitsTo(Collection<S> organizations) {
        return batches.lists(organizations, Entity::elementId, VISITS_TO_ORGANIZATIONS, Visit::of);
    }

    Map<String, List<Mention>> mentionsOf(List<String> entityElementIds, int first) {
        return batches.lists(entityElementIds, id -> id, MENTIONS_OF_ENTITIES, Params.of("first", first), Mention::of);
    }

    Map<String, List<Mention>> mentionsIn(List<String> articleIds, int first) {
        return batches.lists(articleIds, id -> id, MENTIONS_IN_ARTICLES, Params.of("first", first), Mention::of);
    }

    <S extends Entity> Map<S, List<Report>> reportsBy(Collection<S> people) {
        return batches.lists(people, Entity::elementId, REPORTS_BY_PEOPLE, Report::of);
    }

    Map<Article, List<Report>> reportsOf(Collection<Article> articles) {
        return batches.lists(articles, Article::id, REPORTS_OF_ARTICLES, Report::of);
    }

    <S extends Entity> Map<S, List<InvestmentStatistic>> statisticsOf(Collection<S> regions) {
        return batches.lists(regions, Entity::elementId, STATISTICS_OF_REGIONS, InvestmentStatistic::of);
    }
}
