package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.Lexicon;
import com.zhengqi.graph.lexicon.Terms;
import com.zhengqi.graph.resolve.Division;
import com.zhengqi.graph.resolve.Gazetteer;
import com.zhengqi.graph.resolve.RegionMention;

import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The places of one article and what short forms mean in it: the article's own region (the county, zone or
 * city it is about), and which region 区, 市, 镇 or 自治区 stand for (区委书记 in an article about 北关区 leads
 * 北关区). Parents come from the gazetteer when there is one, else from names written together (齐齐哈尔市建华区).
 */
final class RegionContext {
    private static final Terms RULES = Terms.load("rules/region-context.txt");
    private static final String DISTRICT = RULES.word("district");
    private static final String CITY = RULES.word("city");


    /** Level word → level: the single characters of the identity lexicon and the longer words. */
    private static final Map<String, String> LEVELS = levels();

    private final List<RegionMention> mentions;
    private final Gazetteer gazetteer;
    private final Map<String, Division> byName = new LinkedHashMap<>();
    private final Map<String, Division> textualParent = new HashMap<>();
    private final Division home;
    /** The region of the page (its site, its other articles), or null. */
    private final @Nullable Division pageRegion;

    public RegionContext(List<RegionMention> mentions, Gazetteer gazetteer, String title) {
        this(mentions, gazetteer, title, null);
    }

    /** With the region of the page the article stands on, its home when it names no place of its own. */
    public RegionContext(List<RegionMention> mentions, Gazetteer gazetteer, String title, Division pageRegion) {
        this(mentions, gazetteer, title, pageRegion, "");
    }

    /**
     * As above, reading the article {@code text} too: a place written as where a report was filed (本报记者X西安报道)
     * says where the reporter was, not what the article is about, so it does not get the weight of an opening mention.
     */
    public RegionContext(List<RegionMention> mentions, Gazetteer gazetteer, String title, Division pageRegion, String text) {
        this.mentions = mentions;
        this.gazetteer = gazetteer;
        Map<String, Double> weight = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            RegionMention mention = mentions.get(i);
            Division division = mention.division();
            byName.putIfAbsent(division.name(), division);
            boolean opening = mention.start() < Math.max(60, title == null ? 0 : title.length() + 10);
            double w = opening && !DatelinePlaces.isFiledFrom(text, mention.end()) ? 3 : 1;
            weight.merge(division.name(), w * levelWeight(division.level()), Double::sum);
            if (i > 0 && mentions.get(i - 1).end() == mention.start()) {
                textualParent.putIfAbsent(division.name(), mentions.get(i - 1).division());
            }
        }
        this.home = weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> byName.get(e.getKey())).orElse(pageRegion);
        this.pageRegion = pageRegion;
    }

    private static double levelWeight(String level) {
        return switch (level == null ? "" : level) {
            case "COUNTY", "ZONE" -> 1.0;
            case "CITY" -> 0.8;
            case "TOWN" -> 0.5;
            default -> 0.4;
        };
    }

    /**
     * The name a region node carries: the gazetteer's name, except for a development zone written in this article
     * in a shorter form that keeps the zone's own name (兰州高新区 for 兰州高新技术产业开发区) and a county written
     * under its former ending (双城市 for today's 双城区, in an article from before the change). Readers and
     * analysts know a place by what the text says; the official name stays on the node as {@code officialName}.
     * A bare ending (高新区, 开发区) is no name of its own, so it never replaces the gazetteer's.
     */
    public String nameAsWritten(Division division) {
        String official = division.name();
        boolean zone = "ZONE".equals(division.level());
        boolean county = "COUNTY".equals(division.level());
        if (!(zone || county) || official.length() < 2) {
            return official;
        }
        for (RegionMention mention : mentions) {
            String surface = mention.surface();
            if (Objects.equals(mention.division().code(), division.code())
                    && (zone ? isShortZoneName(surface, official) : isFormerCountyName(surface, official))) {
                return surface;
            }
        }
        return official;
    }

    private static boolean isShortZoneName(String surface, String official) {
        return surface.length() >= 4 && surface.length() < official.length() && surface.startsWith(official.substring(0, 2));
    }

    /** The same name under a former ending (吴江市 for today's 吴江区), as resolved through region-former-endings.tsv. */
    private static boolean isFormerCountyName(String surface, String official) {
        int stem = official.length() - 1;
        return surface.length() == official.length() && stem >= 1 && surface.startsWith(official.substring(0, stem))
                && surface.charAt(stem) != official.charAt(stem);
    }

    public Optional<Division> home() {
        return Optional.ofNullable(home);
    }

    public List<RegionMention> mentions() {
        return mentions;
    }

    private static Map<String, String> levels() {
        Map<String, String> levels = new HashMap<>(Lexicon.pairs("identity/region-level-characters.txt"));
        levels.putAll(Lexicon.pairs("region-level-words.txt"));
        return Map.copyOf(levels);
    }

    /** The region a level word stands for in this article: 区 → the home county, 市 → its city, 自治区 → its province. */
    public Optional<Division> forLevelWord(String word) {
        if (word.isEmpty()) {
            return home();
        }
        String level = LEVELS.getOrDefault(word, "");
        if (home != null && (home.level().equals(level) || level.equals("COUNTY") && home.level().equals("ZONE") && word.equals(DISTRICT))) {
            if (isWrittenWithEnding(home, word) || !level.equals("COUNTY")) {
                return Optional.of(home);
            }
        }
        if (isCountyLevelCity(home) && word.equals(CITY) && !namesAncestorOfLevel(home, level)) {
            // 江阴市, 林州市: in an article about a county-level city that never names its prefecture, 市长 and
            // 市委 are the county-level city's own
            return Optional.of(home);
        }
        for (Division ancestor : ancestors(home)) {
            if (ancestor.level().equals(level)) {
                return Optional.of(ancestor);
            }
        }
        if (level.equals("CITY") && word.equals(CITY)) {
            // 天津, 重庆: a municipality is a province-level 市, so 市委 and 副市长 there mean the municipality
            Optional<Division> municipality = municipality();
            if (municipality.isPresent()) {
                return municipality;
            }
        }
        Optional<Division> named = mostFrequent(level, word);
        if (named.isEmpty() && pageRegion != null && pageRegion.level().equals(level) && isWrittenWithEnding(pageRegion, word)) {
            // 县委书记X莅临某省某公司: a brief on a county's site that names no county of its own is that county's
            return Optional.of(pageRegion);
        }
        return named;
    }

    /**
     * The division's name ends with the level word, as the gazetteer or as this article writes it: 子长县 written
     * for today's 子长市 is still the 县 of 县委书记.
     */
    private boolean isWrittenWithEnding(Division division, String word) {
        if (division.name().endsWith(word)) {
            return true;
        }
        return mentions.stream().anyMatch(m -> Objects.equals(m.division().code(), division.code())
                && Objects.equals(m.division().name(), division.name()) && m.surface().endsWith(word));
    }

    private static boolean isCountyLevelCity(Division division) {
        return division != null && division.level().equals("COUNTY") && division.name().endsWith(CITY);
    }

    private boolean namesAncestorOfLevel(Division division, String level) {
        List<Division> chain = ancestors(division);
        return mentions.stream().map(RegionMention::division)
                .anyMatch(d -> d.level().equals(level) && chain.stream().anyMatch(a -> a.name().equals(d.name())));
    }

    private Optional<Division> municipality() {
        if (home == null) {
            return Optional.empty();
        }
        List<Division> chain = new ArrayList<>(ancestors(home));
        chain.addFirst(home);
        return chain.stream().filter(d -> d.level().equals("PROVINCE") && d.name().endsWith(CITY)).findFirst();
    }

    private Optional<Division> mostFrequent(String level, String word) {
        Map<String, Integer> counts = new HashMap<>();
        for (RegionMention m : mentions) {
            if (m.division().level().equals(level) && isWrittenWithEnding(m.division(), word)) {
                counts.merge(m.division().name(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> byName.get(e.getKey()));
    }

    /** Enclosing divisions, nearest first: from the gazetteer, else from names written together in the text. */
    public List<Division> ancestors(Division division) {
        List<Division> chain = new ArrayList<>();
        if (division == null) {
            return chain;
        }
        boolean coded = division.code() != null && !division.code().isEmpty();
        if (gazetteer != null && (coded || division.parentCode() != null)) {
            // a small place the gazetteer lacks (UnlistedPlaces) has no code of its own, only its parent's
            return gazetteer.ancestors(division);
        }
        Division current = textualParent.get(division.name());
        while (current != null && chain.size() < 4 && !chain.contains(current)) {
            chain.add(current);
            current = textualParent.get(current.name());
        }
        return chain;
    }
}
