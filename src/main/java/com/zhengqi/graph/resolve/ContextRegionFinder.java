package com.zhengqi.graph.resolve;

import com.zhengqi.graph.lexicon.Lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the places an article names, with offsets, and resolves each to one division using the rest of the
 * article as context. Full names are matched first (leftmost-longest), short forms fill the gaps; a short form
 * of a county, an ambiguous name (铁西区) and a two-character town name count only with support from the other
 * places named (see {@link ContextResolver}). Development zones come out as ZONE divisions (see
 * {@link ZoneFinder}). Places inside longer words are reported too: 江阴 in 江阴兴澄特种钢铁有限公司 is a
 * mention; whether it locates the organisation is for the caller to decide. Mentions never overlap.
 * Thread-safe; build it once ({@link #shared()}): construction takes a few hundred milliseconds, and the first
 * article also loads HanLP's core dictionary (see docs/gazetteer.md for measured figures).
 */
public final class ContextRegionFinder implements RegionFinder {

    private static final String STOP_FORMS = "region-stop-forms.txt";
    private static final String FORMER_ENDINGS = "region-former-endings.tsv";
    private static final String FOLLOWERS = "region-name-followers.txt";

    private final ChinaGazetteer gazetteer;
    private final PlaceNameIndex names;
    private final ZoneFinder zones;
    private final ContextResolver resolver;
    /** Words that, written after a short form, make it part of a street's or community's name: 北京路. */
    private final List<String> followers;

    public ContextRegionFinder(ChinaGazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.zones = ZoneFinder.fromLexicon(gazetteer);
        Map<String, List<String>> formerEndings = new HashMap<>();
        for (Lexicon.Line line : Lexicon.lines(FORMER_ENDINGS, 2)) {
            formerEndings.put(line.columns()[0], line.columns()[1].codePoints().mapToObj(Character::toString).toList());
        }
        this.names = new PlaceNameIndex(gazetteer, Lexicon.words(STOP_FORMS), zones.suffixes().texts(), formerEndings);
        this.resolver = new ContextResolver(gazetteer);
        this.followers = Lexicon.words(FOLLOWERS);
    }

    /** The finder over {@link ChinaGazetteer#shared()}, built on first use and then shared. */
    public static ContextRegionFinder shared() {
        return Holder.INSTANCE;
    }

    /** The gazetteer this finder resolves against. */
    public ChinaGazetteer gazetteer() {
        return gazetteer;
    }

    @Override
    public List<RegionMention> find(String articleText) {
        return find(articleText, null);
    }

    @Override
    public List<RegionMention> find(String articleText, Division pageRegion) {
        List<ZoneSuffixes.SuffixHit> zoneEndings = zones.scan(articleText);
        List<PlaceMention> mentions = candidates(articleText, zoneEndings);
        Division[] resolved = resolver.resolve(mentions);
        List<RegionMention> regions = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            if (resolved[i] != null) {
                PlaceMention m = mentions.get(i);
                regions.add(new RegionMention(m.start(), m.end(), m.surface(), resolved[i]));
            }
        }
        regions = withZonesJoinedToThePlaceInFront(articleText, regions);
        Division main = mainRegion(regions);
        List<RegionMention> zoneMentions = zones.find(articleText, regions, zoneEndings, main != null ? main : pageRegion);
        List<RegionMention> all = new ArrayList<>(zoneMentions);
        all.addAll(VillageFinder.find(articleText, regions));
        for (RegionMention region : regions) {
            if (zoneMentions.stream().noneMatch(z -> z.start() <= region.start() && region.end() <= z.end())) {
                all.add(region);
            }
        }
        all.sort(Comparator.comparingInt(RegionMention::start));
        return all;
    }

    /** 江阴 + 临港经济开发区 (a coded zone in 江阴市) become one mention of the zone: 江阴临港经济开发区. */
    private List<RegionMention> withZonesJoinedToThePlaceInFront(String text, List<RegionMention> regions) {
        List<RegionMention> joined = new ArrayList<>(regions.size());
        for (int i = 0; i < regions.size(); i++) {
            RegionMention place = regions.get(i);
            RegionMention next = i + 1 < regions.size() ? regions.get(i + 1) : null;
            if (next != null && place.end() == next.start() && RegionLevel.of(next.division()) == RegionLevel.ZONE
                    && gazetteer.encloses(place.division(), next.division())) {
                joined.add(new RegionMention(place.start(), next.end(), text.substring(place.start(), next.end()), next.division()));
                i++;
            } else {
                joined.add(place);
            }
        }
        return joined;
    }

    /** The names found in the text with the divisions each may stand for. */
    private List<PlaceMention> candidates(String text, List<ZoneSuffixes.SuffixHit> zoneEndings) {
        List<PlaceMention> mentions = new ArrayList<>();
        for (PlaceNameIndex.NameHit hit : names.scan(text)) {
            PlaceNameIndex.PlaceName name = hit.name();
            int end = hit.end();
            boolean selfEvident = false;
            if (name.withEnding()) {
                selfEvident = !CommonWords.absorbsEnding(text, end - 1);
                if (!selfEvident) {
                    end--;
                }
            }
            if (!name.isFullName() && !selfEvident) {
                if (isFollowedByStreetWord(text, end)) {
                    continue;
                }
                selfEvident = zones.zoneFollows(text, end, zoneEndings);
            }
            Set<Division> all = new LinkedHashSet<>(name.fullNameOf());
            all.addAll(name.shortFormOf());
            // Only town names are checked: they are many and odd enough to arise from ordinary words.
            boolean straddled = name.fullNameOf().stream().anyMatch(d -> RegionLevel.of(d) == RegionLevel.TOWN)
                    && CommonWords.straddles(text, hit.start(), end);
            mentions.add(new PlaceMention(hit.start(), end, text.substring(hit.start(), end),
                    withoutEnclosed(all), name.isFullName(), selfEvident, straddled));
        }
        return mentions;
    }

    private boolean isFollowedByStreetWord(String text, int end) {
        for (String follower : followers) {
            if (text.startsWith(follower, end)) {
                return true;
            }
        }
        return false;
    }

    /** Drops candidates enclosed by another candidate: 安阳 is 安阳市 rather than 安阳县 inside it. */
    private List<Division> withoutEnclosed(Set<Division> candidates) {
        if (candidates.size() == 1) {
            return List.copyOf(candidates);
        }
        List<Division> kept = new ArrayList<>();
        for (Division d : candidates) {
            if (candidates.stream().noneMatch(other -> gazetteer.encloses(other, d))) {
                kept.add(d);
            }
        }
        return kept;
    }

    /**
     * The region an article is about, from its places as {@link #find} returns them: the province, city or county
     * named most often; ties go to the smaller place, then to the first named. Null when the article names none.
     */
    public static Division mainRegion(List<RegionMention> regions) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Division> byCode = new HashMap<>();
        for (RegionMention region : regions) {
            RegionLevel level = RegionLevel.of(region.division());
            if (level == RegionLevel.PROVINCE || level == RegionLevel.CITY || level == RegionLevel.COUNTY) {
                counts.merge(region.division().code(), 1, Integer::sum);
                byCode.putIfAbsent(region.division().code(), region.division());
            }
        }
        Division main = null;
        for (Division candidate : byCode.values()) {
            if (main == null || isMoreCentral(candidate, main, counts, regions)) {
                main = candidate;
            }
        }
        return main;
    }

    private static boolean isMoreCentral(Division a, Division b, Map<String, Integer> counts, List<RegionMention> regions) {
        int byCount = Integer.compare(counts.get(a.code()), counts.get(b.code()));
        if (byCount != 0) {
            return byCount > 0;
        }
        int byLevel = Integer.compare(RegionLevel.of(a).ordinal(), RegionLevel.of(b).ordinal());
        if (byLevel != 0) {
            return byLevel > 0;
        }
        return firstIndex(a, regions) < firstIndex(b, regions);
    }

    private static int firstIndex(Division d, List<RegionMention> regions) {
        for (int i = 0; i < regions.size(); i++) {
            if (regions.get(i).division().code().equals(d.code())) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    private static final class Holder {
        static final ContextRegionFinder INSTANCE = new ContextRegionFinder(ChinaGazetteer.shared());
    }
}
