package com.zhengqi.graph.resolve.identity;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The regions one article names, already resolved, and what the article is about: its home region
 * (the one it relates most to) and the chain of regions above it, which is where short forms such
 * as 区商务局 or 市委 point.
 */
final class ArticleRegions {

    /** A region of the article: its id in the graph, name and level. */
    record Place(String localId, String id, String name, @Nullable String level) {
    }

    private static final List<String> SPECIFIC_FIRST = List.of("COMMUNITY", "TOWN", "ZONE", "COUNTY", "CITY", "PROVINCE");

    private final Map<String, Place> byLocalId = new LinkedHashMap<>();
    private final Map<String, String> parentOf = new HashMap<>();
    private final Map<String, Integer> weight = new HashMap<>();

    void add(Place place, int weight) {
        byLocalId.put(place.localId(), place);
        this.weight.merge(place.localId(), weight, Integer::sum);
    }

    void partOf(String childLocalId, String parentLocalId) {
        if (byLocalId.containsKey(childLocalId) && byLocalId.containsKey(parentLocalId)) {
            parentOf.putIfAbsent(childLocalId, parentLocalId);
        }
    }

    Optional<Place> byLocalId(String localId) {
        return Optional.ofNullable(byLocalId.get(localId));
    }

    /** The region the article relates to most; on a tie the more specific one (北关区 before 安阳市). */
    Optional<Place> home() {
        return byLocalId.values().stream().max(Comparator
                .comparingInt((Place p) -> weight.getOrDefault(p.localId(), 0))
                .thenComparingInt(p -> -specificity(p))
                .thenComparing(Place::name, Comparator.reverseOrder()));
    }

    /** The home region, then the regions above it, then every other region of the article by weight. */
    List<Place> byCloseness() {
        List<Place> order = new ArrayList<>();
        home().ifPresent(home -> {
            for (Place p = home; p != null && !order.contains(p); p = byLocalId.get(parentOf.get(p.localId()))) {
                order.add(p);
            }
        });
        byLocalId.values().stream()
                .sorted(Comparator.comparingInt((Place p) -> -weight.getOrDefault(p.localId(), 0)).thenComparing(Place::name))
                .filter(p -> !order.contains(p))
                .forEach(order::add);
        return order;
    }

    /** The closest region whose name ends with {@code level} (区, 市, 镇, ...), as short forms use it. */
    Optional<Place> closestEndingWith(char level) {
        return byCloseness().stream().filter(p -> p.name().charAt(p.name().length() - 1) == level).findFirst();
    }

    /** A region of the article with this name, or with this name plus a level character. */
    Optional<Place> named(String name) {
        return byLocalId.values().stream()
                .filter(p -> p.name().equals(name) || p.name().startsWith(name) && p.name().length() == name.length() + 1)
                .findFirst();
    }

    RegionNames names() {
        return text -> named(text).isPresent();
    }

    private static int specificity(Place p) {
        int i = p.level() == null ? -1 : SPECIFIC_FIRST.indexOf(p.level());
        return i < 0 ? SPECIFIC_FIRST.size() : i;
    }
}
