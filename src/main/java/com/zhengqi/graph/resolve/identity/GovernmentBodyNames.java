package com.zhengqi.graph.resolve.identity;

import org.jspecify.annotations.Nullable;

import java.util.Map;
import java.util.Optional;

/**
 * Full names of government, party and congress bodies. News writes them short (简称: 区商务局 for
 * 北关区商务局, 生态环境局 for the 生态环境局 of the county the story is about); a short name is only
 * comparable across articles once the region it belongs to is put in front of it.
 */
final class GovernmentBodyNames {

    /**
     * A body's name with its region.
     *
     * @param name   full name as it reads (北关区商务局)
     * @param key    the name with short name parts spelled out, equal for every spelling of one body
     * @param region the article's region the name was completed with or starts with, if any
     * @param rule   how the name was completed: full-name, short-form, bare-name, national
     */
    record Qualified(String name, String key, Optional<ArticleRegions.Place> region, String rule) {
    }

    private final IdentityLexicon lexicon;

    GovernmentBodyNames(IdentityLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The full name of {@code written} in the article's context; empty when the article does not say which region's body it is. */
    Optional<Qualified> qualify(String written, ArticleRegions context, RegionNames regionNames) {
        String name = NameForms.normalise(written);
        if (lexicon.nationalPrefixes().stream().anyMatch(name::startsWith)) {
            return Optional.of(qualified(name, Optional.empty(), "national"));
        }
        String prefix = regionNames.or(context.names()).longestPrefix(name);
        if (!prefix.isEmpty()) {
            return Optional.of(qualified(name, context.named(prefix), "full-name"));
        }
        char first = name.charAt(0);
        if (lexicon.regionLevelCharacters().containsKey(first) && name.length() > 1) {
            return context.closestEndingWith(first)
                    .map(place -> qualified(place.name() + name.substring(1), Optional.of(place), "short-form"));
        }
        return context.home().map(home -> qualified(home.name() + name, Optional.of(home), "bare-name"));
    }

    private Qualified qualified(String name, Optional<ArticleRegions.Place> region, String rule) {
        return new Qualified(name, key(name), region, rule);
    }

    /** The name with a short ending spelled out (北关区政府 → 北关区人民政府, 区发改委 → 区发展和改革委员会). */
    String key(String name) {
        for (Map.Entry<String, String> form : lexicon.governmentShortForms()) {
            if (name.endsWith(form.getKey()) && !name.endsWith(form.getValue())) {
                return name.substring(0, name.length() - form.getKey().length()) + form.getValue();
            }
        }
        return name;
    }

    static @Nullable String regionId(Qualified q) {
        return q.region().map(ArticleRegions.Place::id).orElse(null);
    }
}
