package com.zhengqi.graph.serve;

import org.neo4j.driver.Value;
import org.springframework.stereotype.Component;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Projects matching a {@link ProjectFilter}: one page with the total count, or sums by group.
 * First the filter's region, industry and investor are resolved (one small statement each, only
 * for those given; an unknown one is an error naming the filter field), then one statement starts
 * from the most selective of them (the region's projects, else the industry's, else the
 * investor's, else all projects) and applies the rest of the filter.
 */
@Component
class ProjectQueries {

    private enum Anchor {
        REGION("""
                UNWIND $areas AS aid
                MATCH (a) WHERE elementId(a) = aid
                MATCH (p:Project)-[:LOCATED_IN]->(a)
                WITH DISTINCT p
                """),
        INDUSTRY("""
                MATCH (ind) WHERE elementId(ind) = $industry
                MATCH (p:Project)-[:IN_INDUSTRY]->(ind)
                WITH DISTINCT p
                """),
        INVESTOR("""
                UNWIND $investors AS iid
                MATCH (i) WHERE elementId(i) = iid
                MATCH (i)-[:INVESTS_IN]->(p:Project)
                WITH DISTINCT p
                """),
        ALL("MATCH (p:Project)\n");

        final String cypher;

        Anchor(String cypher) {
            this.cypher = cypher;
        }
    }

    private static final String IN_AREAS = "($areas IS NULL OR EXISTS { (p)-[:LOCATED_IN]->(a) WHERE elementId(a) IN $areas })";
    private static final String IN_INDUSTRY = "($industry IS NULL OR EXISTS { (p)-[:IN_INDUSTRY]->(ind) WHERE elementId(ind) = $industry })";
    private static final String BY_INVESTORS = "($investors IS NULL OR EXISTS { (i)-[:INVESTS_IN]->(p) WHERE elementId(i) IN $investors })";
    private static final String AMOUNT_AND_STATUS = """
            ($minAmountYuan IS NULL OR p.amountYuan >= $minAmountYuan)
              AND ($maxAmountYuan IS NULL OR p.amountYuan <= $maxAmountYuan)
              AND ($status IS NULL OR p.status IN $status)""";

    /** The rest of the filter after an anchor: every condition but the one the anchor already met. */
    private static String filter(Anchor anchor) {
        List<String> conditions = new java.util.ArrayList<>();
        if (anchor != Anchor.REGION) {
            conditions.add(IN_AREAS);
        }
        if (anchor != Anchor.INDUSTRY) {
            conditions.add(IN_INDUSTRY);
        }
        if (anchor != Anchor.INVESTOR) {
            conditions.add(BY_INVESTORS);
        }
        conditions.add(AMOUNT_AND_STATUS);
        return "WHERE " + String.join("\n  AND ", conditions) + "\n";
    }

    private static final String PAGE = """
            WITH p
            ORDER BY CASE WHEN $order = 'NAME' THEN false ELSE p.amountYuan IS NULL END,
                     CASE WHEN $order = 'AMOUNT_DESC' THEN -p.amountYuan END,
                     CASE WHEN $order = 'AMOUNT_ASC' THEN p.amountYuan END,
                     p.name, p.id
            WITH collect(p) AS matching
            RETURN size(matching) AS total,
                   [x IN matching[$skip..$skip + $first] | x {.*, eid: elementId(x), labels: labels(x)}] AS page
            """;

    /** Group tails: each binds {@code g} (the group's entity, or null) and {@code key} for every project {@code p}. */
    private static final Map<InvestmentGrouping, String> GROUPS = Map.of(
            InvestmentGrouping.REGION, """
                    OPTIONAL MATCH (p)-[:LOCATED_IN]->(g:Region)
                    WITH p, g, coalesce(g.id, 'unknown') AS key
                    """,
            InvestmentGrouping.INDUSTRY, """
                    OPTIONAL MATCH (p)-[:IN_INDUSTRY]->(g:Industry)
                    WITH p, g, coalesce(g.name, 'unknown') AS key
                    """,
            InvestmentGrouping.INVESTOR, """
                    OPTIONAL MATCH (g)-[:INVESTS_IN]->(p)
                    WITH p, g, coalesce(g.id, 'unknown') AS key
                    """,
            // the year a dated fact gives (the earliest signing, the status's own date), else the first report's
            InvestmentGrouping.YEAR, """
                    OPTIONAL MATCH ()-[inv:INVESTS_IN]->(p)
                    WITH p, min(inv.date) AS signed
                    OPTIONAL MATCH (a:Article)-[:MENTIONS]->(p)
                    WITH p, signed, min(a.publishedOn) AS published
                    WITH p, null AS g, coalesce(substring(toString(coalesce(signed, p.statusDate, published)), 0, 4), 'unknown') AS key
                    """);

    private static final String TOTALS = """
            WITH key, g, collect(DISTINCT p) AS ps
            WITH key, g, ps, [x IN ps WHERE x.amountYuan IS NOT NULL | x.amountYuan] AS amounts
            WITH {key: key, entity: CASE WHEN g IS NULL THEN null ELSE g {.*, eid: elementId(g), labels: labels(g)} END,
                  amountYuan: reduce(s = 0.0, v IN amounts | s + v), projects: size(ps),
                  projectsWithoutAmount: size(ps) - size(amounts)} AS total
            ORDER BY total.amountYuan DESC, total.projects DESC, total.key
            RETURN collect(total)[..$first] AS totals
            """;

    private static final Map<Boolean, String> REGION_AREAS = Map.of(false, areas(false), true, areas(true));

    private static final String INDUSTRY = "MATCH (ind:Industry {name: $industry}) RETURN elementId(ind) AS id";

    private static final String INVESTORS = """
            MATCH (i:Organization) WHERE i.id = $investor OR i.name = $investor RETURN elementId(i) AS id
            UNION
            MATCH (i:Person) WHERE i.id = $investor OR i.name = $investor RETURN elementId(i) AS id""";

    private static final Map<Anchor, String> PAGES = new EnumMap<>(Anchor.class);
    private static final Map<Anchor, Map<InvestmentGrouping, String>> TOTALS_BY = new EnumMap<>(Anchor.class);

    static {
        for (Anchor anchor : Anchor.values()) {
            PAGES.put(anchor, anchor.cypher + filter(anchor) + PAGE);
            Map<InvestmentGrouping, String> byGroup = new EnumMap<>(InvestmentGrouping.class);
            GROUPS.forEach((grouping, tail) -> byGroup.put(grouping, anchor.cypher + filter(anchor) + tail + TOTALS));
            TOTALS_BY.put(anchor, byGroup);
        }
    }

    private static String areas(boolean includeSubregions) {
        return Fragments.REGION_BY_REFERENCE + Fragments.area(includeSubregions) + "RETURN collect(DISTINCT elementId(area)) AS ids";
    }

    record Page(int total, List<Entity> projects) {
    }

    private final CypherReads reads;

    ProjectQueries(CypherReads reads) {
        this.reads = reads;
    }

    Page page(ProjectFilter filter, ProjectOrder order, int skip, int first) {
        Map<String, Object> params = resolve(filter);
        params.put("order", order.name());
        params.put("skip", skip);
        params.put("first", first);
        Value r = reads.single(PAGES.get(anchor(params)), params);
        return new Page(r.get("total").asInt(), r.get("page").asList(Entity::of));
    }

    List<InvestmentTotal> totals(InvestmentGrouping grouping, ProjectFilter filter, int first) {
        Map<String, Object> params = resolve(filter);
        params.put("first", first);
        Value r = reads.single(TOTALS_BY.get(anchor(params)).get(grouping), params);
        return r.get("totals").asList(ProjectQueries::total);
    }

    private static Anchor anchor(Map<String, Object> params) {
        if (params.get("areas") != null) {
            return Anchor.REGION;
        }
        if (params.get("industry") != null) {
            return Anchor.INDUSTRY;
        }
        return params.get("investors") != null ? Anchor.INVESTOR : Anchor.ALL;
    }

    /** The filter as parameters, with its region, industry and investor turned into element ids. */
    private Map<String, Object> resolve(ProjectFilter f) {
        Map<String, Object> params = Params.of("areas", null, "industry", null, "investors", null,
                "minAmountYuan", f.minAmountYuan(), "maxAmountYuan", f.maxAmountYuan(), "status", f.status());
        if (f.region() != null) {
            // A region found is always in its own area, so no area means no such region.
            List<String> areas = reads.single(REGION_AREAS.get(f.includeSubregions()), Params.of("region", f.region()))
                    .get("ids").asList(Value::asString);
            if (areas.isEmpty()) {
                throw ApiException.notFound("filter.region", "region", f.region());
            }
            params.put("areas", areas);
        }
        if (f.industry() != null) {
            List<Value> found = reads.list(INDUSTRY, Params.of("industry", f.industry()));
            if (found.isEmpty()) {
                throw ApiException.notFound("filter.industry", "industry", f.industry());
            }
            params.put("industry", found.getFirst().get("id").asString());
        }
        if (f.investor() != null) {
            List<Value> found = reads.list(INVESTORS, Params.of("investor", f.investor()));
            if (found.isEmpty()) {
                throw ApiException.notFound("filter.investor", "investor", f.investor());
            }
            params.put("investors", found.stream().map(r -> r.get("id").asString()).toList());
        }
        return params;
    }

    private static InvestmentTotal total(Value t) {
        Entity entity = t.get("entity").isNull() ? null : Entity.of(t.get("entity"));
        String key = t.get("key").asString();
        return new InvestmentTotal(key, entity == null ? key : entity.name(), entity, t.get("amountYuan").asDouble(),
                t.get("projects").asInt(), t.get("projectsWithoutAmount").asInt());
    }
}
