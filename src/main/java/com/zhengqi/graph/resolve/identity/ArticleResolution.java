package com.zhengqi.graph.resolve.identity;

import com.zhengqi.graph.lexicon.CharSet;
import com.zhengqi.graph.lexicon.Chars;
import com.zhengqi.graph.model.ArticleGraph;
import com.zhengqi.graph.model.GraphNode;
import com.zhengqi.graph.model.GraphRelationship;
import com.zhengqi.graph.registry.GraphRegistry;
import com.zhengqi.graph.registry.RelationshipType;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The resolution of one article: one use, then thrown away. See {@link EntityResolver} for the rules. */
final class ArticleResolution {

    static final String ARTICLE = "Article";
    static final String MENTIONS = "MENTIONS";
    static final String PART_OF = "PART_OF";
    /** A person's posts (the registry's post types): their ends anchor the person. */
    private static final Set<String> POSTS = GraphRegistry.standard().relationshipTypes(RelationshipType::post).stream()
            .map(RelationshipType::type).collect(Collectors.toUnmodifiableSet());
    private static final Set<String> GOVERNMENT_KINDS = Set.of("GOVERNMENT", "PARTY", "PEOPLES_CONGRESS", "CPPCC");
    /** Ids of entities an article alone identifies carry this many characters of the article id. */
    private static final int ARTICLE_ID_PREFIX = 16;
    private static final CharSet SENTENCE_ENDS = Chars.SENTENCE_OR_LINE_END;

    private final ArticleGraph article;
    private final IdentityIndex index;
    private final IdentityLexicon lexicon;
    private final RegionNames regionNames;
    private final GovernmentBodyNames governmentBodies;
    private final String articleTag;

    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final Map<String, ResolvedNode> resolved = new LinkedHashMap<>();
    private final Map<String, GraphRelationship> firstMention = new HashMap<>();
    private final Map<String, String> regionOfOrganization = new HashMap<>();
    private final List<ResolvedRelationship> inferred = new ArrayList<>();
    private final List<NodeJoin> joins = new ArrayList<>();
    private final ArticleRegions regions = new ArticleRegions();
    private @Nullable String articleLocalId;

    ArticleResolution(ArticleGraph article, IdentityIndex index, IdentityLexicon lexicon, RegionNames regionNames,
                      GovernmentBodyNames governmentBodies) {
        this.article = article;
        this.index = index;
        this.lexicon = lexicon;
        this.regionNames = regionNames;
        this.governmentBodies = governmentBodies;
        this.articleTag = article.id().substring(0, Math.min(ARTICLE_ID_PREFIX, article.id().length()));
    }

    ResolvedArticle run() {
        for (GraphNode node : article.nodes()) {
            nodes.put(node.id(), node);
            if (ARTICLE.equals(node.primaryLabel())) {
                articleLocalId = node.id();
            }
        }
        for (GraphRelationship r : article.relationships()) {
            if (MENTIONS.equals(r.type())) {
                firstMention.putIfAbsent(r.end(), r);
            }
        }
        entitiesLabelled("Region").forEach(this::region);
        relationshipsOf(PART_OF).forEach(r -> regions.partOf(r.start(), r.end()));
        entitiesLabelled("Organization").forEach(this::organization);
        entitiesLabelled("Person").forEach(this::person);
        entitiesLabelled("Project").forEach(this::project);
        for (GraphNode node : nodes.values()) {
            if (!resolved.containsKey(node.id()) && !node.id().equals(articleLocalId)) {
                other(node);
            }
        }
        return new ResolvedArticle(article, List.copyOf(resolved.values()), relationships(), joins);
    }

    // --- regions ---

    private void region(GraphNode node) {
        String name = nameOf(node);
        String code = text(node.properties().get("code"));
        String id;
        String rule;
        if (code != null) {
            id = "region:" + code;
            rule = index.region(id).isPresent() ? "region-code" : "new";
            if (index.region(id).isEmpty()) {
                List<IdentityIndex.Region> uncoded = index.regionsNamed(name).stream().filter(r -> r.code() == null).toList();
                if (uncoded.size() == 1) {
                    join("Region", uncoded.getFirst().id(), id, "region-code");
                }
            }
        } else {
            List<IdentityIndex.Region> known = index.regionsNamed(name);
            if (known.size() == 1) {
                id = known.getFirst().id();
                rule = "region-name";
            } else {
                id = "region:name:" + name;
                rule = known.isEmpty() ? "new" : "ambiguous-name";
            }
        }
        index.addRegion(id, name, code);
        regions.add(new ArticleRegions.Place(node.id(), id, name, text(node.properties().get("level"))), weight(node));
        put(node, id, name, Set.of(), Set.of(), rule);
    }

    /** How much the article is about a region: its relationships and the times it is named. */
    private int weight(GraphNode node) {
        int related = (int) article.relationships().stream()
                .filter(r -> !MENTIONS.equals(r.type()) && (r.start().equals(node.id()) || r.end().equals(node.id())))
                .count();
        return related + mentionCount(node);
    }

    // --- organisations ---

    private void organization(GraphNode node) {
        String kind = text(node.properties().get("kind"));
        if (node.labels().contains("GovernmentBody") || GOVERNMENT_KINDS.contains(kind)) {
            governmentBody(node);
        } else if (node.labels().contains("Company") || "COMPANY".equals(kind)) {
            company(node);
        } else {
            String name = NameForms.normalise(nameOf(node));
            Optional<IdentityIndex.Organization> known = index.organizationNamed(name);
            String id = known.map(IdentityIndex.Organization::id).orElse("org:" + name);
            String display = longest(nameOf(node), known.map(IdentityIndex.Organization::name).orElse(null));
            index.addOrganization(id, display, aliases(node), List.of());
            put(node, id, display, aliases(node), Set.of(), known.isPresent() ? "same-name" : "new");
        }
    }

    private void governmentBody(GraphNode node) {
        String written = nameOf(node);
        Optional<GovernmentBodyNames.Qualified> qualified = governmentBodies.qualify(written, regions, regionNames);
        if (qualified.isEmpty()) {
            // 民政局 in an article about no region in particular: which one is unknown, so it stays this article's own.
            put(node, "org:" + NameForms.normalise(written) + "@" + articleTag, written, aliases(node), Set.of(), "unanchored");
            return;
        }
        GovernmentBodyNames.Qualified q = qualified.get();
        Optional<IdentityIndex.Organization> known = index.organizationNamed(q.key()).or(() -> index.organizationNamed(q.name()));
        String id = known.map(IdentityIndex.Organization::id).orElse("org:" + q.key());
        String display = longest(q.name(), known.map(IdentityIndex.Organization::name).orElse(null));
        Set<String> names = new LinkedHashSet<>(aliases(node));
        names.add(written);
        names.add(q.name());
        index.addOrganization(id, display, names, List.of());
        String rule = switch (q.rule()) {
            case "short-form", "bare-name" -> q.rule();
            default -> known.isPresent() ? "same-name" : "new";
        };
        put(node, id, display, names, Set.of(), rule);
        String region = relationshipsOf(PART_OF).stream()
                .filter(r -> r.start().equals(node.id()))
                .map(r -> regions.byLocalId(r.end()).map(ArticleRegions.Place::id).orElse(null))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(GovernmentBodyNames.regionId(q));
        if (region != null) {
            regionOfOrganization.put(node.id(), region);
            boolean stated = relationshipsOf(PART_OF).stream().anyMatch(r -> r.start().equals(node.id()));
            if (!stated) {
                infer(PART_OF, id, "Organization", region, "Region", node, q.rule());
            }
        }
    }

    private void company(GraphNode node) {
        String written = nameOf(node);
        CompanyName parsed = CompanyName.parse(written, lexicon, regionNames.or(regions.names()));
        Match match = company(parsed, aliases(node));
        put(node, match.id(), match.name(), aliases(node), Set.of(), match.rule());
        if (parsed.parentGroup() != null) {
            CompanyName parentName = CompanyName.parse(parsed.parentGroup(), lexicon, regionNames.or(regions.names()));
            Match parent = company(parentName, Set.of());
            String parentLocal = node.id() + ":group";
            resolved.put(parentLocal, new ResolvedNode(parentLocal, parent.id(), "Organization", List.of("Company"), parent.name(),
                    Map.of("kind", "COMPANY"), Set.of(), Set.of(), parsed.parentGroup(),
                    "new".equals(parent.rule()) ? "named-in-subsidiary" : parent.rule()));
            infer(PART_OF, match.id(), "Organization", parent.id(), "Organization", node, "subsidiary-name");
        }
    }

    private record Match(String id, String name, String rule) {
    }

    /** The company a name means: the one known by that name, else the one known by the same brand, else a new one. */
    private Match company(CompanyName parsed, Set<String> otherNames) {
        Optional<IdentityIndex.Organization> known = index.organizationNamed(parsed.name());
        for (String other : otherNames) {
            known = known.or(() -> index.organizationNamed(other));
        }
        String rule = "same-name";
        if (known.isEmpty()) {
            List<IdentityIndex.Organization> like = index.companiesLike(parsed);
            if (like.size() == 1) {
                known = Optional.of(like.getFirst());
                rule = "company-alias";
            }
        }
        String id = known.map(IdentityIndex.Organization::id).orElse("org:" + parsed.name());
        String display = longest(parsed.name(), known.map(IdentityIndex.Organization::name).orElse(null));
        Set<String> names = new LinkedHashSet<>(otherNames);
        names.add(parsed.name());
        index.addOrganization(id, display, names, List.of(parsed));
        return new Match(id, display, known.isPresent() ? rule : "new");
    }

    // --- people ---

    private void person(GraphNode node) {
        String name = nameOf(node);
        Set<String> anchors = new TreeSet<>();
        for (GraphRelationship r : article.relationships()) {
            if (!r.start().equals(node.id())) {
                continue;
            }
            if (POSTS.contains(r.type()) && resolved.containsKey(r.end())) {
                anchors.add(resolved.get(r.end()).id());
                String region = regionOfOrganization.get(r.end());
                if (region != null) {
                    anchors.add(region);
                }
            } else if ("REPORTED".equals(r.type())) {
                anchors.addAll(reporterAnchors());
            }
        }
        if (anchors.isEmpty()) {
            List<IdentityIndex.Person> inHome = regions.home()
                    .map(home -> index.peopleSharingAnchor(name, Set.of(home.id()))).orElse(List.of());
            if (inHome.size() == 1) {
                put(node, inHome.getFirst().id(), name, Set.of(), Set.of(), "person-region-context");
            } else {
                String id = "person:" + name + "@" + articleTag;
                index.addPerson(id, name, Set.of());
                put(node, id, name, Set.of(), Set.of(), "unanchored");
            }
            return;
        }
        List<IdentityIndex.Person> known = index.peopleSharingAnchor(name, anchors);
        String id;
        String rule;
        if (known.isEmpty()) {
            id = "person:" + name + "@" + anchors.iterator().next();
            rule = "new";
        } else {
            id = known.getFirst().id();
            rule = "person-anchor";
            for (IdentityIndex.Person other : known.subList(1, known.size())) {
                join("Person", other.id(), id, "person-anchors");
            }
        }
        index.addPerson(id, name, anchors);
        put(node, id, name, Set.of(), anchors, rule);
    }

    /**
     * A reporter is known by the paper they write for; without its name, by the page (one issue of one
     * paper) and by the region they report on.
     */
    private Set<String> reporterAnchors() {
        if (article.newspaper() != null && !article.newspaper().isBlank()) {
            return Set.of("newspaper:" + article.newspaper());
        }
        Set<String> anchors = new TreeSet<>();
        if (article.source() != null) {
            anchors.add("page:" + article.source());
        }
        regions.home().ifPresent(home -> anchors.add("reports-on:" + home.id()));
        return anchors;
    }

    // --- projects ---

    private void project(GraphNode node) {
        String name = nameOf(node);
        String region = relationshipsOf("LOCATED_IN").stream()
                .filter(r -> r.start().equals(node.id()))
                .map(r -> regions.byLocalId(r.end()).map(ArticleRegions.Place::id).orElse(null))
                .filter(Objects::nonNull)
                .findFirst()
                .or(() -> regions.home().map(ArticleRegions.Place::id))
                .orElse("article:" + articleTag);
        String key = NameForms.projectKey(name) + "@" + region;
        Optional<String> known = index.project(key);
        String id = known.orElse("project:" + key);
        index.addProject(id, key);
        put(node, id, name, aliases(node), Set.of(region), known.isPresent() ? "project-name-region" : "new");
    }

    // --- everything else ---

    private void other(GraphNode node) {
        if ("Industry".equals(node.primaryLabel()) && node.name() != null) {
            // Industries are keyed on their name, so the name shown is the key.
            String name = NameForms.normalise(node.name());
            put(node, name, name, Set.of(), Set.of(), "same-name");
        } else {
            String id = node.primaryLabel().toLowerCase() + ":" + articleTag + ":" + node.id();
            put(node, id, node.name(), Set.of(), Set.of(), "unanchored");
        }
    }

    // --- relationships ---

    private List<ResolvedRelationship> relationships() {
        List<ResolvedRelationship> out = new ArrayList<>();
        for (GraphRelationship r : article.relationships()) {
            if (MENTIONS.equals(r.type())) {
                continue;
            }
            Endpoint start = endpoint(r.start());
            Endpoint end = endpoint(r.end());
            if (start == null || end == null || start.id().equals(end.id())) {
                // An end the article does not define, or two names of one entity related to each other.
                continue;
            }
            out.add(new ResolvedRelationship(r.type(), start.id(), start.label(), end.id(), end.label(), withArticleId(r.properties())));
        }
        out.addAll(inferred);
        out.addAll(mentions());
        return out;
    }

    /** One MENTIONS from the article to each entity, saying how the article wrote it and why it resolved so. */
    private Collection<ResolvedRelationship> mentions() {
        Map<String, ResolvedRelationship> byEntity = new LinkedHashMap<>();
        for (ResolvedNode node : resolved.values()) {
            GraphRelationship extracted = firstMention.get(node.localId());
            GraphNode source = nodes.get(node.localId());
            int count = source == null ? 1 : mentionCount(source);
            ResolvedRelationship known = byEntity.get(node.id());
            if (known != null) {
                Map<String, Object> props = new LinkedHashMap<>(known.properties());
                props.put("count", ((Number) props.get("count")).intValue() + count);
                byEntity.put(node.id(), new ResolvedRelationship(MENTIONS, article.id(), ARTICLE, node.id(), node.label(), props));
                continue;
            }
            Map<String, Object> props = new LinkedHashMap<>();
            if (extracted != null) {
                props.putAll(extracted.properties());
            }
            if (props.get("evidence") == null) {
                sentenceNaming(node.surface()).or(() -> evidenceAbout(node.localId())).ifPresent(props::putAll);
            }
            props.put("articleId", article.id());
            props.put("count", count);
            props.put("surface", node.surface());
            props.put("rule", node.rule());
            byEntity.put(node.id(), new ResolvedRelationship(MENTIONS, article.id(), ARTICLE, node.id(), node.label(), props));
        }
        return byEntity.values();
    }

    private int mentionCount(GraphNode node) {
        Object count = node.properties().get("mentions");
        GraphRelationship mention = firstMention.get(node.id());
        if (count == null && mention != null) {
            count = mention.properties().get("count");
        }
        return count instanceof Number n ? Math.max(1, n.intValue()) : 1;
    }

    private record Endpoint(String id, String label) {
    }

    private @Nullable Endpoint endpoint(String localId) {
        if (localId.equals(articleLocalId)) {
            return new Endpoint(article.id(), ARTICLE);
        }
        ResolvedNode node = resolved.get(localId);
        return node == null ? null : new Endpoint(node.id(), node.label());
    }

    /** A relationship the text implies rather than states; it borrows the evidence of the entity's first relationship. */
    private void infer(String type, String startId, String startLabel, String endId, String endLabel, GraphNode about, String rule) {
        evidenceAbout(about.id()).ifPresent(evidence -> {
            Map<String, Object> props = new LinkedHashMap<>(evidence);
            props.put("articleId", article.id());
            props.put("inferredBy", rule);
            inferred.add(new ResolvedRelationship(type, startId, startLabel, endId, endLabel, props));
        });
    }

    private Optional<Map<String, Object>> evidenceAbout(String localId) {
        return article.relationships().stream()
                .filter(r -> r.start().equals(localId) || r.end().equals(localId))
                .filter(r -> r.properties().get("evidence") != null)
                .findFirst()
                .map(r -> {
                    Map<String, Object> evidence = new LinkedHashMap<>();
                    evidence.put("evidence", r.properties().get("evidence"));
                    for (String offset : List.of("start", "end")) {
                        if (r.properties().get(offset) != null) {
                            evidence.put(offset, r.properties().get(offset));
                        }
                    }
                    return evidence;
                });
    }

    /** The first sentence of the article that names {@code surface}, with its offsets. */
    private Optional<Map<String, Object>> sentenceNaming(String surface) {
        String text = article.text();
        int at = surface.isBlank() || text == null ? -1 : text.indexOf(surface);
        if (at < 0) {
            return Optional.empty();
        }
        int start = at;
        while (start > 0 && !SENTENCE_ENDS.contains(text.charAt(start - 1))) {
            start--;
        }
        int end = at + surface.length();
        while (end < text.length() && !SENTENCE_ENDS.contains(text.charAt(end))) {
            end++;
        }
        end = Math.min(text.length(), end + 1);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("evidence", text.substring(start, end).strip());
        evidence.put("start", start);
        evidence.put("end", end);
        return Optional.of(evidence);
    }

    // --- helpers ---

    private void join(String label, String gone, String keep, String rule) {
        joins.add(new NodeJoin(label, gone, keep, rule, article.id()));
        index.join(gone, keep).forEach((goneProject, keptProject) ->
                joins.add(new NodeJoin("Project", goneProject, keptProject, "project-name-region", article.id())));
    }

    private void put(GraphNode node, String id, @Nullable String name, Set<String> aliases, Set<String> anchors, String rule) {
        Map<String, Object> properties = new LinkedHashMap<>(node.properties());
        properties.keySet().removeAll(List.of("id", "name", "aliases", "mentions"));
        String surface = node.name() == null ? "" : node.name();
        Set<String> otherNames = new LinkedHashSet<>(aliases);
        if (!surface.isBlank()) {
            otherNames.add(surface);
        }
        otherNames.remove(name);
        resolved.put(node.id(), new ResolvedNode(node.id(), id, node.primaryLabel(), node.labels().subList(1, node.labels().size()),
                name, properties, otherNames, anchors, surface, rule));
    }

    private List<GraphNode> entitiesLabelled(String label) {
        return nodes.values().stream().filter(n -> label.equals(n.primaryLabel()) && n.name() != null && !n.name().isBlank()).toList();
    }

    private List<GraphRelationship> relationshipsOf(String type) {
        return article.relationships().stream().filter(r -> type.equals(r.type())).toList();
    }

    private Map<String, Object> withArticleId(Map<String, Object> properties) {
        if (properties.containsKey("articleId")) {
            return properties;
        }
        Map<String, Object> copy = new LinkedHashMap<>(properties);
        copy.put("articleId", article.id());
        return copy;
    }

    private static Set<String> aliases(GraphNode node) {
        Set<String> aliases = new LinkedHashSet<>();
        if (node.properties().get("aliases") instanceof Collection<?> list) {
            list.forEach(a -> aliases.add(String.valueOf(a)));
        }
        return aliases;
    }

    private static String nameOf(GraphNode node) {
        return node.name() == null ? "" : node.name().strip();
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    /** The most complete of a name and the one already known: the longer one, the known one on a tie. */
    private static String longest(String name, @Nullable String known) {
        return known != null && known.length() >= name.length() ? known : name;
    }
}
