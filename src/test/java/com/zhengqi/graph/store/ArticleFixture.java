package com.zhengqi.graph.store;

import com.zhengqi.graph.extract.ArticleIds;
import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.GraphNode;
import com.zhengqi.graph.model.GraphRelationship;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the graph of one article the way the extractor emits it (graph-model.md), so store and
 * resolution tests do not depend on extraction quality. The article's text is its title plus every
 * evidence sentence, so each fixture with other facts gets another id.
 */
public final class ArticleFixture {

    private final String title;
    private final String publishedOn;
    private final String newspaper;
    private final List<GraphNode> nodes = new ArrayList<>();
    private final List<GraphRelationship> relationships = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    private ArticleFixture(String title, String publishedOn, String newspaper) {
        this.title = title;
        this.publishedOn = publishedOn;
        this.newspaper = newspaper;
        text.append(title).append('\n');
        nodes.add(new GraphNode("a", List.of("Article"), Map.of("title", title)));
    }

    /** An article with this title, published on this date (may be null) in this paper (may be null). */
    public static ArticleFixture article(String title, String publishedOn, String newspaper) {
        return new ArticleFixture(title, publishedOn, newspaper);
    }

    public static ArticleFixture article(String title, String publishedOn) {
        return article(title, publishedOn, null);
    }

    public ArticleFixture region(String local, String name, String code, String level) {
        return node(local, List.of("Region"), present("name", name, "code", code, "level", level));
    }

    public ArticleFixture person(String local, String name) {
        return node(local, List.of("Person"), Map.of("name", name));
    }

    public ArticleFixture government(String local, String name) {
        return node(local, List.of("Organization", "GovernmentBody"), Map.of("name", name, "kind", "GOVERNMENT"));
    }

    public ArticleFixture party(String local, String name) {
        return node(local, List.of("Organization", "GovernmentBody"), Map.of("name", name, "kind", "PARTY"));
    }

    public ArticleFixture company(String local, String name) {
        return node(local, List.of("Organization", "Company"), Map.of("name", name, "kind", "COMPANY"));
    }

    public ArticleFixture project(String local, String name, Long amountYuan, String status) {
        return node(local, List.of("Project"), present("name", name, "amountYuan", amountYuan, "status", status));
    }

    public ArticleFixture industry(String local, String name) {
        return node(local, List.of("Industry"), Map.of("name", name));
    }

    /** Properties from name-value pairs, in order, leaving out the null values as the extractor does. */
    private static Map<String, Object> present(Object... namesAndValues) {
        Map<String, Object> props = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                props.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return props;
    }

    public ArticleFixture node(String local, List<String> labels, Map<String, Object> properties) {
        nodes.add(new GraphNode(local, labels, properties));
        return this;
    }

    public ArticleFixture leads(String person, String region, String title, String evidence) {
        return relate("LEADS", person, region, evidence, Map.of("title", title));
    }

    public ArticleFixture holds(String person, String organization, String title, String evidence) {
        return relate("HOLDS_POSITION", person, organization, evidence, Map.of("title", title));
    }

    public ArticleFixture partOf(String part, String whole, String evidence) {
        return relate("PART_OF", part, whole, evidence, Map.of());
    }

    public ArticleFixture invests(String investor, String project, Long amountYuan, String evidence) {
        return relate("INVESTS_IN", investor, project, evidence, present("amountYuan", amountYuan));
    }

    public ArticleFixture locatedIn(String thing, String region, String evidence) {
        return relate("LOCATED_IN", thing, region, evidence, Map.of());
    }

    public ArticleFixture inIndustry(String thing, String industry, String evidence) {
        return relate("IN_INDUSTRY", thing, industry, evidence, Map.of());
    }

    public ArticleFixture visited(String person, String organization, String purpose, String evidence) {
        return relate("VISITED", person, organization, evidence, Map.of("purpose", purpose));
    }

    /** A visit on a stated date. */
    public ArticleFixture visited(String person, String organization, String purpose, String date, String evidence) {
        return relate("VISITED", person, organization, evidence, Map.of("date", date, "purpose", purpose));
    }

    public ArticleFixture reported(String person, String role) {
        return relate("REPORTED", person, "a", "记者 " + role, Map.of("role", role));
    }

    /** A relationship with its evidence sentence; the sentence becomes part of the article text with its offsets. */
    public ArticleFixture relate(String type, String start, String end, String evidence, Map<String, Object> properties) {
        int from = text.length();
        text.append(evidence).append('\n');
        Map<String, Object> props = new LinkedHashMap<>(properties);
        props.put("evidence", evidence);
        props.put("start", from);
        props.put("end", from + evidence.length());
        relationships.add(new GraphRelationship(type, start, end, props));
        return this;
    }

    public ArticleGraph build() {
        String body = text.toString();
        String id = ArticleIds.of(body);
        List<GraphRelationship> withIds = relationships.stream()
                .map(r -> {
                    Map<String, Object> props = new LinkedHashMap<>(r.properties());
                    props.put("articleId", id);
                    return new GraphRelationship(r.type(), r.start(), r.end(), props);
                })
                .toList();
        return new ArticleGraph(id, title, "fixture:" + title, publishedOn, newspaper, body, nodes, withIds);
    }
}
