package com.zhengqi.graph.relate;

import com.zhengqi.graph.find.ArticleMentions;
import com.zhengqi.graph.find.Lexicon;
import com.zhengqi.graph.find.OrgMention;
import com.zhengqi.graph.find.Sentences;
import com.zhengqi.graph.lexicon.Terms;
import com.zhengqi.graph.resolve.Division;
import com.zhengqi.graph.resolve.RegionMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns mentions into graph nodes of one article: full names for bodies written with a short region part
 * (区商务局 → 北关区商务局, keeping 区商务局 in {@code aliases}), PART_OF from a body to its region and from a
 * region up its chain, and the first sentence naming each entity for its MENTIONS. It writes to the document
 * of {@link #article()} through {@link #graph()}.
 */
final class Entities {
    private static final Terms RULES = Terms.load("rules/entities.txt");
    private static final String MINISTRY = RULES.word("ministry");
    private static final String ORGANIZATION_DEPARTMENT = RULES.word("organization-department");
    private static final String PUBLICITY_DEPARTMENT = RULES.word("publicity-department");
    private static final String UNITED_FRONT_DEPARTMENT = RULES.word("united-front-department");


    /** Beginnings of names of national bodies, which belong to no region. */
    private static final List<String> NATIONAL_PREFIXES = Lexicon.words("identity/national-bodies.txt");

    private final GraphBuilder graph;
    private final ArticleMentions article;
    private final RegionContext regions;
    private final Map<String, List<String>> aliases = new LinkedHashMap<>();
    /** The region mentions by end offset: {@link #regionOf} is asked once per organisation. */
    private final Map<Integer, List<RegionMention>> regionsEndingAt = new HashMap<>();

    public Entities(GraphBuilder graph, ArticleMentions article, RegionContext regions) {
        this.graph = graph;
        this.article = article;
        this.regions = regions;
        for (RegionMention mention : regions.mentions()) {
            regionsEndingAt.computeIfAbsent(mention.end(), end -> new ArrayList<>()).add(mention);
        }
    }

    public GraphBuilder graph() {
        return graph;
    }

    public ArticleMentions article() {
        return article;
    }

    public RegionContext regions() {
        return regions;
    }

    /** Records the sentence at {@code at} as where the entity is first named, unless one is recorded. */
    private void seen(String id, int at) {
        var node = article.document().entity(id);
        if (!node.isSeen()) {
            int[] span = sentenceSpan(at);
            node.seenIn(span[0], span[1]);
        }
    }

    public int[] sentenceSpan(int at) {
        Sentences.Sentence s = article.sentences().at(Math.max(0, Math.min(at, Math.max(0, article.text().length() - 1))));
        return new int[]{s.start(), s.end()};
    }

    public String person(String name, int at) {
        String id = graph.node("Person", name, List.of("Person"), Map.of("name", name), true);
        seen(id, at);
        return id;
    }

    public String region(Division division, int at) {
        String name = regions.nameAsWritten(division);
        Map<String, Object> properties = regionProperties(division, name);
        String id = graph.node("Region", name, List.of("Region"), properties, true);
        seen(id, at);
        String child = id;
        for (Division parent : regions.ancestors(division)) {
            String parentName = regions.nameAsWritten(parent);
            String parentId = graph.node("Region", parentName, List.of("Region"), regionProperties(parent, parentName), false);
            if (graph.has("PART_OF", child, parentId)) {
                break;
            }
            int[] span = sentenceSpan(at);
            graph.relate("PART_OF", child, parentId, Map.of(), span[0], span[1]);
            child = parentId;
        }
        return id;
    }

    private static Map<String, Object> regionProperties(Division division, String name) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        if (!name.equals(division.name())) {
            properties.put("officialName", division.name());
        }
        if (division.level() != null && !division.level().isEmpty()) {
            properties.put("level", division.level());
        }
        if (division.code() != null && !division.code().isEmpty()) {
            properties.put("code", division.code());
        }
        return properties;
    }

    /** The region a written region part stands for: a full name found in the text, or a short form (区, 市). */
    public Optional<Division> regionOf(String written, int at) {
        if (written.isEmpty()) {
            return regions.home();
        }
        for (RegionMention mention : regionsEndingAt.getOrDefault(at, List.of())) {
            if (mention.surface().equals(written)) {
                return Optional.of(mention.division());
            }
        }
        return regions.forLevelWord(written);
    }

    /** A company, government or party body; bodies get their region's full name and PART_OF the region. */
    public String organization(OrgMention mention) {
        if (mention.isCompany()) {
            return mention.regionPart().isEmpty() ? company(mention.surface(), mention.start()) : companyOfRegion(mention);
        }
        Optional<Division> region = mention.regionPart().isEmpty() && isNational(mention.body())
                ? Optional.empty() : regionOf(mention.regionPart(), mention.regionStart());
        return body(mention, region);
    }

    /** A body written without its region whose region the context gives (政法委 in 武汉市委常委、政法委书记). */
    public String organizationIn(OrgMention mention, Division region) {
        return mention.isCompany() ? organization(mention) : body(mention, Optional.of(region));
    }

    private String body(OrgMention mention, Optional<Division> region) {
        String name = region.map(d -> fullName(d, mention)).orElse(mention.surface());
        String kind = switch (mention.kind()) {
            case "ZONE" -> "GOVERNMENT";
            default -> mention.kind();
        };
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("name", name);
        properties.put("kind", kind);
        String id = graph.node("Organization", name, List.of("Organization", "GovernmentBody"), properties, true);
        if (!name.equals(mention.surface())) {
            List<String> names = aliases.computeIfAbsent(id, k -> new ArrayList<>());
            if (!names.contains(mention.surface())) {
                names.add(mention.surface());
                graph.replace(id, "aliases", List.copyOf(names));
            }
        }
        seen(id, mention.start());
        region.ifPresent(d -> {
            String regionId = region(d, mention.start());
            int[] span = sentenceSpan(mention.start());
            graph.relate("PART_OF", id, regionId, Map.of(), span[0], span[1]);
        });
        return id;
    }

    /** Ministries and national bodies (水利部, 国家发改委) belong to no region of the article. */
    private static boolean isNational(String body) {
        return NATIONAL_PREFIXES.stream().anyMatch(body::startsWith) || UnreadBodies.NATIONAL_OPENERS.stream().anyMatch(body::startsWith)
                || body.endsWith(MINISTRY) && !body.endsWith(ORGANIZATION_DEPARTMENT) && !body.endsWith(PUBLICITY_DEPARTMENT) && !body.endsWith(UNITED_FRONT_DEPARTMENT);
    }

    /** 区商务局 in an article about 北关区 → 北关区商务局; 北关区民政局 stays as written. */
    private static String fullName(Division region, OrgMention mention) {
        String written = mention.regionPart();
        if (written.equals(region.name())) {
            return mention.surface();
        }
        return region.name() + mention.body();
    }

    /** 省电力公司 in an article about 甘肃: 甘肃省电力公司, LOCATED_IN 甘肃省. */
    private String companyOfRegion(OrgMention mention) {
        Optional<Division> region = regions.forLevelWord(mention.regionPart());
        if (region.isEmpty()) {
            return company(mention.surface(), mention.start());
        }
        String id = company(region.get().name() + mention.body(), mention.start());
        String regionId = region(region.get(), mention.start());
        int[] span = sentenceSpan(mention.start());
        graph.relate("LOCATED_IN", id, regionId, Map.of(), span[0], span[1]);
        return id;
    }

    public String company(String name, int at) {
        String id = graph.node("Organization", name, List.of("Organization", "Company"), Map.of("name", name, "kind", "COMPANY"), true);
        seen(id, at);
        return id;
    }

    public String project(String name, int at) {
        String id = graph.node("Project", name, List.of("Project"), Map.of("name", name), true);
        seen(id, at);
        return id;
    }

    public String industry(String name, int at) {
        String id = graph.node("Industry", name, List.of("Industry"), Map.of("name", name), true);
        seen(id, at);
        return id;
    }

    public void relate(String type, String start, String end, Map<String, Object> properties, int at) {
        int[] span = sentenceSpan(at);
        graph.relate(type, start, end, properties, span[0], span[1]);
    }
}
