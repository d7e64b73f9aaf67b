package com.zhengqi.graph.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One article as the pipeline reads it: its text and metadata, the layers annotators add (tokens, sentences,
 * regions, organisations, officials, ...), the typed mentions they found, and the entities and relations the
 * relate stage reads from them. Every offset points into {@link #text()}. {@link ArticleGraphs} turns it into the
 * graph records of graph-model.md.
 */
public final class Document {

    private final String id;
    private final String source;
    private final ArticleText article;
    private final Map<Layer<?>, Object> layers = new HashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final Map<String, EntityNode> entitiesByKey = new LinkedHashMap<>();
    private final Map<String, EntityNode> entitiesById = new HashMap<>();
    private final List<EntityNode> mentionOrder = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final Set<String> relationKeys = new HashSet<>();
    private final Set<String> links = new HashSet<>();
    private final EntityNode articleNode;
    private String annotator = "";

    /** The document of one article; its first entity (n1) is the article's own node. */
    public Document(String id, String source, ArticleText article) {
        this.id = id;
        this.source = source;
        this.article = article;
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", id);
        properties.put("title", article.title());
        properties.put("source", source);
        properties.put("publishedOn", article.publishedOn());
        properties.put("newspaper", article.newspaper());
        this.articleNode = entity("Article", id, List.of("Article"), false);
        articleNode.addMissing(properties);
    }

    /** The article's own node: the end of REPORTED and the start of every MENTIONS. */
    public EntityNode articleNode() {
        return articleNode;
    }

    public String id() {
        return id;
    }

    public String source() {
        return source;
    }

    /** The article's title, date, paper and credits as the reader cut it from its page. */
    public ArticleText article() {
        return article;
    }

    /** The normalised text every offset of this document points into. */
    public String text() {
        return article.text();
    }

    /** The value of a layer; an annotator only asks for layers it {@link Annotator#requires() requires}. */
    @SuppressWarnings("unchecked")
    public <T> T get(Layer<T> layer) {
        Object value = layers.get(layer);
        if (value == null && !layers.containsKey(layer)) {
            throw new IllegalStateException("layer " + layer + " is not annotated yet (annotator " + annotator + ")");
        }
        return (T) value;
    }

    public boolean has(Layer<?> layer) {
        return layers.containsKey(layer);
    }

    public <T> void put(Layer<T> layer, T value) {
        layers.put(layer, value);
    }

    /** The name of the annotator now running: it is recorded on every mention and relation added. */
    public String annotator() {
        return annotator;
    }

    void runningAnnotator(String name) {
        this.annotator = name;
    }

    public void addMention(MentionType type, int start, int end) {
        mentions.add(new Mention(type, start, end, text().substring(start, end), annotator));
    }

    public List<Mention> mentions() {
        return Collections.unmodifiableList(mentions);
    }

    /**
     * The entity of this label and name, created on first use with the next id.
     *
     * @param mentioned true when the article names it here (it gets a MENTIONS from the article)
     */
    public EntityNode entity(String label, String name, List<String> labels, boolean mentioned) {
        EntityNode node = entitiesByKey.computeIfAbsent(label + "\u0000" + name, key -> {
            EntityNode created = new EntityNode("n" + (entitiesByKey.size() + 1), labels);
            entitiesById.put(created.id(), created);
            return created;
        });
        if (mentioned) {
            if (node.mentions() == 0) {
                mentionOrder.add(node);
            }
            node.mentioned();
        }
        return node;
    }

    /** The entity with this id, or null. */
    public EntityNode entity(String entityId) {
        return entitiesById.get(entityId);
    }

    /** Every entity in order of creation. */
    public Collection<EntityNode> entities() {
        return Collections.unmodifiableCollection(entitiesByKey.values());
    }

    /** The entities the article names, in order of their first naming. */
    public List<EntityNode> mentionedEntities() {
        return Collections.unmodifiableList(mentionOrder);
    }

    /**
     * Adds a relation unless one of the same type, ends and title is already there, or its ends are missing or
     * the same node.
     */
    public void relate(String type, String from, String to, Map<String, Object> properties, int evidenceStart, int evidenceEnd) {
        if (from == null || to == null || from.equals(to)) {
            return;
        }
        Map<String, Object> present = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (value != null) {
                present.put(key, value);
            }
        });
        if (!relationKeys.add(type + "\u0000" + from + "\u0000" + to + "\u0000" + Objects.toString(present.get("title"), "\u0001"))) {
            return;
        }
        links.add(type + "\u0000" + from + "\u0000" + to);
        relations.add(new Relation(type, from, to, present, evidenceStart, evidenceEnd, annotator));
    }

    /** True when some relation of this type runs from {@code from} to {@code to}, whatever its properties. */
    public boolean related(String type, String from, String to) {
        return links.contains(type + "\u0000" + from + "\u0000" + to);
    }

    /**
     * Adds to a relation already read the properties it lacks (a later annotator dating it); its type, ends and
     * evidence stay.
     */
    public void amend(Relation relation, Map<String, Object> more) {
        int index = relations.indexOf(relation);
        if (index < 0) {
            throw new IllegalArgumentException("relation " + relation.type() + " " + relation.from() + "->" + relation.to() + " is not in " + id);
        }
        Map<String, Object> properties = new LinkedHashMap<>(relation.properties());
        more.forEach(properties::putIfAbsent);
        relations.set(index, new Relation(relation.type(), relation.from(), relation.to(), properties,
                relation.evidenceStart(), relation.evidenceEnd(), relation.annotator()));
    }

    public List<Relation> relations() {
        return Collections.unmodifiableList(relations);
    }
}
